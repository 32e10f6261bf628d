package org.qiaoyun.kernel.module;

import java.util.List;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.notify.Notifications;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.notify.Notifier;
import org.qiaoyun.kernel.notify.Notifier.Addressee;
import org.qiaoyun.kernel.notify.Suppressions;
import org.qiaoyun.kernel.persistence.Store;

/**
 * A module's notifications in one tenant. The outbox's rows are written through the module's own
 * {@link TenantScope#transaction}: inside a transaction of the scope they join it, on the module's connection, so the
 * change and what tells of it commit or roll back as one (the outbox entity is part of every module's unit, as the
 * audit log is). The recipient's address and language are read from the kernel's accounts beforehand.
 */
final class ModuleNotifications implements Notifications {

    private final TenantScope scope;
    private final String moduleId;
    private final Notifier notifier;
    private final Store kernel;

    ModuleNotifications(TenantScope scope, String moduleId, Notifier notifier, Store kernel) {
        this.scope = scope;
        this.moduleId = moduleId;
        this.notifier = notifier;
        this.kernel = kernel;
    }

    @Override
    public void tell(String username, String kind, Object... arguments) {
        requireOwn(kind);
        Addressee to = kernel.transaction(em -> em.createQuery("select a from Account a where a.username = :username"
                        + " and a.tenantCode = :tenant and a.enabled = true", org.qiaoyun.kernel.identity.Account.class)
                .setParameter("username", username).setParameter("tenant", scope.tenantCode())
                .getResultStream().findFirst()
                .map(org.qiaoyun.kernel.identity.Account::addressee)) // by text message only to a verified number
                .orElseThrow(() -> new InvalidInputException("recipient", Text.of("kernel.notify.not-a-member", username)));
        write(notifier.compose(scope.tenantCode(), to, kind, arguments));
    }

    @Override
    public void email(String address, java.util.Locale language, String kind, Object... arguments) {
        requireOwn(kind);
        write(notifier.compose(scope.tenantCode(), Addressee.address(address, language), kind, arguments));
    }

    @Override
    public void email(String address, java.util.Locale language, Attachment attachment, String kind, Object... arguments) {
        requireOwn(kind);
        java.util.Objects.requireNonNull(attachment, "attachment");
        write(Message.withAttachment(notifier.compose(scope.tenantCode(), Addressee.address(address, language), kind, arguments), attachment));
    }

    @Override
    public void tellStaff(String kind, Object... arguments) {
        requireOwn(kind);
        Message message = notifier.composeForStaff(scope.tenantCode(), kind, arguments);
        if (kernel.transaction(em -> org.qiaoyun.kernel.notify.StaffGroups.exists(em, scope.tenantCode()))) {
            write(List.of(message));
        }
    }

    @Override
    public boolean isSuppressed(String address) {
        return new Suppressions(kernel, scope.clock()).isSuppressed(scope.tenantCode(), address);
    }

    @Override
    public List<Bounce> bounces(java.time.Instant since, int max) {
        return kernel.transaction(em -> em.createQuery("select s from Suppression s where s.tenantCode = :tenant and s.reason = :bounced"
                        + " and s.since >= :since order by s.since, s.address", org.qiaoyun.kernel.notify.Suppression.class)
                .setParameter("tenant", scope.tenantCode()).setParameter("bounced", org.qiaoyun.kernel.notify.Suppression.Reason.BOUNCED)
                .setParameter("since", java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .setMaxResults(Math.max(0, Math.min(max, 10_000))).getResultStream()
                .map(s -> new Bounce(s.address(), s.since(), s.detail())).toList());
    }

    @Override
    public void unsubscribe(String address) {
        new Suppressions(kernel, scope.clock()).unsubscribe(scope.tenantCode(), org.qiaoyun.kernel.notify.Contact.email("email", address));
    }

    private void write(List<Message> messages) {
        scope.transaction(em -> {
            messages.forEach(em::persist);
            return null;
        });
    }

    /** A module tells of its own things only, in its own words. */
    private void requireOwn(String kind) {
        if (kind == null || !kind.startsWith(moduleId + ".")) {
            throw new IllegalArgumentException("module " + moduleId + " names kinds of its own (" + moduleId + ".…), not " + kind);
        }
    }
}
