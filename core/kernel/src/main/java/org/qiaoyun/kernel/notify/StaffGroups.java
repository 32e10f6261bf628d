package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The federations' staff groups in WeChat Work: a federation's admins set or remove the robot's webhook (audited,
 * without the key) and see it masked; the robot channel opens it when it sends. What goes to a group is the modules'
 * choice of kinds about the federation's work ({@link org.qiaoyun.api.notify.Notifications#tellStaff}), never a
 * person's details.
 */
public final class StaffGroups {

    private final Store store;
    private final Clock clock;
    private final java.util.function.UnaryOperator<String> seal;
    private final java.util.function.UnaryOperator<String> open;

    /** @param seal and {@code open}: the platform's secrets key at work (notify does not reach into identity) */
    public StaffGroups(Store store, Clock clock, java.util.function.UnaryOperator<String> seal, java.util.function.UnaryOperator<String> open) {
        this.store = store;
        this.clock = clock;
        this.seal = seal;
        this.open = open;
    }

    /** Sets the federation's robot webhook (its admins and those above); a refusal at {@code webhook} for another URL. */
    public RobotWebhook set(String tenantCode, String webhook) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            RobotWebhook robot = RobotWebhook.of(webhook);
            StaffGroup group = em.find(StaffGroup.class, tenantCode);
            if (group == null) {
                em.persist(new StaffGroup(tenantCode, seal.apply(robot.uri().toString()), clock.instant()));
            } else {
                group.change(seal.apply(robot.uri().toString()), clock.instant());
            }
            AuditLog.append(em, tenantCode, "notify.staff-group", tenantCode, Text.of("kernel.audit.notify-staff-group-set", robot.masked()));
            return robot;
        });
    }

    /** Removes the federation's webhook: nothing more goes to its group. Whether there was one. */
    public boolean remove(String tenantCode) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            StaffGroup group = em.find(StaffGroup.class, tenantCode);
            if (group == null) {
                return false;
            }
            em.remove(group);
            AuditLog.append(em, tenantCode, "notify.staff-group", tenantCode, Text.of("kernel.audit.notify-staff-group-removed"));
            return true;
        });
    }

    /** The federation's webhook as its admins see it: masked. */
    public Optional<String> masked(String tenantCode) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return webhook(em, tenantCode).map(RobotWebhook::masked);
        });
    }

    /** The webhook to send to, for the channel (no caller: the platform sends). */
    public Optional<RobotWebhook> webhook(String tenantCode) {
        return store.transaction(em -> webhook(em, tenantCode));
    }

    /**
     * Posts a test to the federation's group now, outside the outbox (its admins and those above): whether it arrived,
     * or why not. Never throws for the service's sake: a wrong webhook is the answer, not an error of the platform.
     */
    public TestOutcome sendTest(String tenantCode) {
        Optional<RobotWebhook> webhook = store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return webhook(em, tenantCode);
        });
        if (webhook.isEmpty()) {
            return TestOutcome.failed(Text.of("kernel.notify.test.no-webhook"));
        }
        try {
            new RobotChannel(code -> Optional.empty()).post(webhook.get().uri(),
                    Text.of("kernel.notify.test.robot-message", tenantCode).in(Text.CHINESE, StaffGroups.class.getClassLoader()));
            return TestOutcome.delivered();
        } catch (Channel.DeliveryException e) {
            return TestOutcome.failed(explain(e));
        } catch (RuntimeException e) {
            return TestOutcome.failed(Text.of("kernel.notify.test.other", String.valueOf(e.getMessage())));
        }
    }

    private static final java.util.regex.Pattern ERRCODE = java.util.regex.Pattern.compile("errcode (-?\\d+)(?:: (.*))?\\)");

    /** Why a post to a robot failed, in plain words: the connection, TLS, the time, or the robot's own errcode. */
    static Text explain(Channel.DeliveryException e) {
        Optional<Text> network = TestOutcome.network(e.getCause());
        if (network.isPresent()) {
            return network.get();
        }
        java.util.regex.Matcher code = ERRCODE.matcher(String.valueOf(e.getMessage()));
        if (code.find()) {
            return "93000".equals(code.group(1)) ? Text.of("kernel.notify.test.robot-key")
                    : Text.of("kernel.notify.test.errcode", code.group(1), code.group(2) == null ? "" : code.group(2));
        }
        return Text.of("kernel.notify.test.other", String.valueOf(e.getMessage()));
    }

    /** Whether the federation has a staff group to tell. */
    public static boolean exists(EntityManager em, String tenantCode) {
        return em.find(StaffGroup.class, tenantCode) != null;
    }

    private Optional<RobotWebhook> webhook(EntityManager em, String tenantCode) {
        return Optional.ofNullable(em.find(StaffGroup.class, tenantCode)).map(group -> RobotWebhook.of(open.apply(group.sealedWebhook())));
    }

    private static void requireAdmin(EntityManager em, String tenantCode) {
        Tenant tenant = tenantCode == null ? null : em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
    }
}
