package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Store;

/**
 * A tenant scope for the module's persistence tests: the module's real unit on a real database, the
 * EntityManager bound to the tenant as the kernel binds it, a caller with roles, and audit entries and
 * indicator values kept in memory to be looked at.
 */
final class TestScope implements TenantScope {

    private final EntityManagerFactory unit;
    private final String tenant;
    private final String user;
    private final Set<String> roles;
    final List<String> audit = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, BigDecimal> indicators = new ConcurrentHashMap<>();

    TestScope(EntityManagerFactory unit, String tenant, String user, String... roles) {
        this.unit = unit;
        this.tenant = tenant;
        this.user = user;
        this.roles = Set.of(roles);
    }

    @Override
    public String tenantCode() {
        return tenant;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.of(user);
    }

    @Override
    public boolean callerHas(String role) {
        return roles.contains(role);
    }

    @Override
    public <T> T transaction(Function<EntityManager, T> work) {
        return Store.transaction(unit.createEntityManager(Map.of(TENANT_PROPERTY, tenant)), work);
    }

    @Override
    public void audit(String action, String object, String summary) {
        audit.add(action + " " + object);
    }

    @Override
    public void record(String indicatorCode, YearMonth period, BigDecimal value) {
        indicators.put(indicatorCode, value);
    }
}
