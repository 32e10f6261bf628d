package org.qiaoyun.plugins.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** The module's tests' way in: a tenant scope on the module's real PostgreSQL tables, and volunteers to work with. */
public final class VolunteersDatabase {

    private VolunteersDatabase() {
    }

    /** The time every test of the module starts at (a scope's clock; tests move it with {@code at(..)}). */
    public static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    /**
     * A caller with roles in a tenant, as the kernel would give the module, at {@link #NOW}: the tests tell
     * the same story whatever day they run on.
     */
    public static TestTenantScope scope(String tenant, String user, String... roles) {
        return new TestTenantScope(ModuleDatabase.unit(new VolunteersModule()), tenant, Clock.fixed(NOW, ZoneOffset.UTC), user, roles);
    }

    /** Approved volunteers {@code <tenant>-v0..}, named 志愿者0.., registered by the organiser; their ids. */
    public static List<String> volunteers(TestTenantScope scope, int count) {
        return scope.transaction(em -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Volunteer v = Volunteer.register(scope.tenantCode() + "-v" + i, "志愿者" + i, null, null, "粤语", null, null, true, NOW);
                em.persist(v);
                ids.add(v.id());
            }
            return ids;
        });
    }
}
