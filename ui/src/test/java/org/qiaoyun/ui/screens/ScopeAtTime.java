package org.qiaoyun.ui.screens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.TenantScope;

/**
 * A scope the kernel handed out, as it would be at another time: everything goes to the real scope except
 * the clock. Screen tests use it to plan a shift "yesterday" on a running platform.
 */
record ScopeAtTime(TenantScope scope, Clock clock) implements TenantScope {

    @Override
    public String tenantCode() {
        return scope.tenantCode();
    }

    @Override
    public String tenantName() {
        return scope.tenantName();
    }

    @Override
    public Optional<String> currentUser() {
        return scope.currentUser();
    }

    @Override
    public boolean callerHas(String role) {
        return scope.callerHas(role);
    }

    @Override
    public boolean hasMember(String username) {
        return scope.hasMember(username);
    }

    @Override
    public boolean hasMember(String username, String role) {
        return scope.hasMember(username, role);
    }

    @Override
    public java.util.List<String> members(String... roles) {
        return scope.members(roles);
    }

    @Override
    public org.qiaoyun.api.notify.Notifications notifications() {
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
}
