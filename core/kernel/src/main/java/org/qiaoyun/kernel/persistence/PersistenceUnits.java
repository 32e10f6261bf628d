package org.qiaoyun.kernel.persistence;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Builds the EntityManagerFactory of the kernel and of each module: RESOURCE_LOCAL over the platform
 * DataSource, no weaving, no schema generation (Liquibase owns the schema), and the shared cache off
 * so that rows written by another instance or another unit are never served stale.
 */
public final class PersistenceUnits {

    private PersistenceUnits() {
    }

    /**
     * @param name        unique unit name, the module id or {@code kernel}
     * @param classLoader the loader that sees the entity classes (a plugin's own loader for a module)
     * @param rootUrl     the jar or directory holding the entities; EclipseLink needs one
     */
    public static EntityManagerFactory build(String name, ClassLoader classLoader, URL rootUrl,
                                             List<Class<?>> entities, DataSource dataSource) {
        List<String> classNames = entities.stream().map(Class::getName).toList();
        UnitInfo unit = new UnitInfo(name, classLoader, rootUrl, classNames, dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        // one connection for all of an EntityManager's work: the tenant bound at the start of a transaction
        // (row-level security, see RowSecurity) is on the connection every later query of it uses
        properties.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, "Always");
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        // EclipseLink shares sessions by name across the JVM: two kernels (or a module unit built again)
        // must never find each other's session, so the name includes the pool it runs on.
        properties.put(PersistenceUnitProperties.SESSION_NAME, "qiaoyun-" + name + "@" + Integer.toHexString(System.identityHashCode(dataSource)));
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.CLASSLOADER, classLoader);
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
        EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
        if (factory == null) {
            throw new IllegalStateException("EclipseLink built no EntityManagerFactory for unit " + name);
        }
        return factory;
    }

    /** The jar or class directory a class was loaded from. */
    public static URL rootOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
