package org.qiaoyun.plugins.volunteers.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/**
 * A certificate of service as it was issued (志愿服务证明): its number, the verification code printed on it,
 * and what a reader of the public verification page may see: the name masked, the hours, the period and the
 * day of issue. Never changed: a later certificate is a new one with its own number.
 */
@Entity
@Table(name = "vol_certificate")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class IssuedCertificate {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "cert_number", length = 80, nullable = false, updatable = false)
    private String number;

    @Column(name = "verification_code", length = 8, nullable = false, updatable = false)
    private String code;

    @Column(name = "volunteer_id", length = 36, nullable = false, updatable = false)
    private String volunteerId;

    @Column(name = "name_masked", length = 100, nullable = false, updatable = false)
    private String nameMasked;

    @Column(name = "minutes_served", nullable = false, updatable = false)
    private long minutesServed;

    @Column(name = "first_served", updatable = false)
    private LocalDate firstServed;

    @Column(name = "last_served", updatable = false)
    private LocalDate lastServed;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", length = 63, nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    protected IssuedCertificate() {
    }

    static IssuedCertificate of(String number, String volunteerId, ServiceCertificate.Content content, String by, Instant now) {
        IssuedCertificate c = new IssuedCertificate();
        c.id = UUID.randomUUID().toString();
        c.number = number;
        c.code = org.qiaoyun.plugins.volunteers.shift.Shift.typedCode(8);
        c.volunteerId = volunteerId;
        c.nameMasked = MaskedName.of(content.volunteer());
        c.minutesServed = content.minutesServed();
        c.firstServed = content.firstServed();
        c.lastServed = content.lastServed();
        c.issuedOn = content.issuedOn();
        c.issuedBy = by;
        c.issuedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return c;
    }

    /** Whether the code a reader typed is this certificate's (case and spaces aside). */
    boolean answers(String typed) {
        return typed != null && code.equalsIgnoreCase(typed.replace(" ", "").strip());
    }

    public String number() {
        return number;
    }

    public String code() {
        return code;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String nameMasked() {
        return nameMasked;
    }

    public long minutesServed() {
        return minutesServed;
    }

    public LocalDate firstServed() {
        return firstServed;
    }

    public LocalDate lastServed() {
        return lastServed;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
