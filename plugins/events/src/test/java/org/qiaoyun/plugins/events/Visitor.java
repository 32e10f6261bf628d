package org.qiaoyun.plugins.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.notify.Notifications;
import org.qiaoyun.testing.TestTenantScope;

/** The public on a public page, as the platform runs it: the federation's scope with nobody signed in and no role. */
public final class Visitor implements TenantScope {

    private final TestTenantScope scope;

    public Visitor(TestTenantScope scope) {
        this.scope = scope;
    }

    /** What the scope behind kept: audit lines, figures, what was told. */
    public TestTenantScope kept() {
        return scope;
    }

    @Override
    public String tenantCode() {
        return scope.tenantCode();
    }

    @Override
    public String tenantName() {
        return "台山市侨联";
    }

    @Override
    public Clock clock() {
        return scope.clock();
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.empty();
    }

    @Override
    public boolean callerHas(String role) {
        return false;
    }

    @Override
    public boolean hasMember(String username) {
        return false;
    }

    @Override
    public boolean hasMember(String username, String role) {
        return false;
    }

    @Override
    public java.util.List<String> members(String... roles) {
        throw new org.qiaoyun.api.PermissionDeniedException(org.qiaoyun.api.Text.of("kernel.access.nobody"));
    }

    @Override
    public <T> T transaction(Function<EntityManager, T> work) {
        return scope.transaction(work);
    }

    @Override
    public void audit(String action, String object, String summary) {
        scope.audit(action, object, summary);
    }

    @Override
    public void record(String indicatorCode, YearMonth period, BigDecimal value) {
        scope.record(indicatorCode, period, value);
    }

    @Override
    public Notifications notifications() {
        return scope.notifications();
    }

    @Override
    public org.qiaoyun.api.files.Attachments files() {
        return scope.files();
    }

    @Override
    public org.qiaoyun.api.recognition.Recognition recognition() {
        return scope.recognition();
    }
}
