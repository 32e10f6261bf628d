package org.qiaoyun.kernel.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A federation's staff group in WeChat Work (企业微信): the webhook of the group's robot, sealed under the platform's
 * secrets key, because its key alone lets anyone post into the group. One per federation.
 */
@Entity
@Table(name = "notify_staff_group")
public class StaffGroup {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantCode;

    @Column(name = "webhook", length = 1000, nullable = false)
    private String sealedWebhook;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected StaffGroup() {
        // for JPA
    }

    StaffGroup(String tenantCode, String sealedWebhook, Instant now) {
        this.tenantCode = tenantCode;
        change(sealedWebhook, now);
    }

    void change(String sealed, Instant now) {
        this.sealedWebhook = sealed;
        this.changedAt = now.atOffset(ZoneOffset.UTC);
    }

    String sealedWebhook() {
        return sealedWebhook;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }
}
