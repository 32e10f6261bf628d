package org.qiaoyun.api;

import java.util.List;

/**
 * The data a module keeps: its JPA entity classes and its Liquibase changelog.
 *
 * <p>Every tenant-owned entity is annotated {@code @Multitenant(SINGLE_TABLE)} with
 * {@code @TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY)}:
 * the kernel opens every EntityManager with that property set, so a module never reads or writes
 * another tenant's rows. The changelog path must be unique to the module
 * ({@code db/<moduleId>/changelog.xml}) and its changeset ids start with the module id.
 */
public record ModulePersistence(List<Class<?>> entities, String changelog) {

    /** For modules that keep no data of their own. */
    public static final ModulePersistence NONE = new ModulePersistence(List.of(), null);

    public ModulePersistence {
        entities = List.copyOf(entities);
    }

    public boolean isNone() {
        return entities.isEmpty() && changelog == null;
    }
}
