package org.qiaoyun.testing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
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
 * A tenant scope as the kernel gives it to a module, for the module's persistence tests: the module's
 * real unit on a real database, each EntityManager bound to the tenant as the kernel binds it, a caller
 * with roles; audit entries and indicator values are kept in memory to be looked at.
 */
public final class TestTenantScope implements TenantScope {

    private final EntityManagerFactory unit;
    private final String tenant;
    private final String user;
    private final Set<String> roles;
    private final List<String> audited = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, BigDecimal> recorded = new ConcurrentHashMap<>();
    private final Map<YearMonth, Map<String, BigDecimal>> recordedByMonth = new ConcurrentHashMap<>();

    public TestTenantScope(EntityManagerFactory unit, String tenant, String user, String... roles) {
        this.unit = unit;
        this.tenant = tenant;
        this.user = user;
        this.roles = Set.of(roles);
    }

    /** The same tenant, another caller (with an audit log of their own). */
    public TestTenantScope as(String otherUser, String... otherRoles) {
        return new TestTenantScope(unit, tenant, otherUser, otherRoles);
    }

    /** What was audited through this scope, each as "action object summary". */
    public List<String> audited() {
        return List.copyOf(audited);
    }

    /** Whether an entry with this action and object was audited. */
    public boolean hasAudited(String action, String object) {
        return audited().stream().anyMatch(line -> line.startsWith(action + " " + object + " ") || line.equals(action + " " + object));
    }

    /** The indicator values recorded through this scope, by indicator code (the latest of any month). */
    public Map<String, BigDecimal> recorded() {
        return Map.copyOf(recorded);
    }

    /** The indicator values recorded for one month, by indicator code. */
    public Map<String, BigDecimal> recorded(YearMonth month) {
        return Map.copyOf(recordedByMonth.getOrDefault(month, Map.of()));
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
        audited.add(action + " " + object + (summary == null ? "" : " " + summary));
    }

    @Override
    public void record(String indicatorCode, YearMonth period, BigDecimal value) {
        recorded.put(indicatorCode, value);
        recordedByMonth.computeIfAbsent(period, m -> new ConcurrentHashMap<>()).put(indicatorCode, value);
    }
}
