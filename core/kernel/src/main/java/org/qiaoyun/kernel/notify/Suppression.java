package org.qiaoyun.kernel.notify;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An email address a federation does not mail any more: its owner unsubscribed with the link every email carries, or
 * the address bounced (a permanent SMTP 5xx when it was sent to). One per address and federation; the sender marks
 * what is still owed to it {@link Message.Status#SUPPRESSED} instead of sending it, and the newsletter leaves it out.
 */
@Entity
@Table(name = "notify_suppression")
@IdClass(Suppression.Key.class)
public class Suppression {

    /** Why an address is not mailed. */
    public enum Reason { UNSUBSCRIBED, BOUNCED }

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantCode;

    @Id
    @Column(name = "address", length = 254)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 12, nullable = false)
    private Reason reason;

    @Column(name = "detail", length = 300)
    private String detail;

    @Column(name = "since", nullable = false)
    private OffsetDateTime since;

    protected Suppression() {
        // for JPA
    }

    Suppression(String tenantCode, String address, Reason reason, String detail, Instant now) {
        this.tenantCode = tenantCode;
        this.address = normal(address);
        this.reason = reason;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
        this.since = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Addresses are compared whole in lower case: a reader who unsubscribed as Li@Example.cn is not mailed as li@example.cn. */
    static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String address() {
        return address;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public Instant since() {
        return since.toInstant();
    }

    /** The key: federation and address. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String tenantCode;
        private String address;

        public Key() {
        }

        public Key(String tenantCode, String address) {
            this.tenantCode = tenantCode;
            this.address = normal(address);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tenantCode.equals(tenantCode) && key.address.equals(address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, address);
        }
    }
}
