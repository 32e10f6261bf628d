package org.qiaoyun.kernel.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A federation's own sign name for its text messages (短信签名), approved for it by the SMS provider: its messages go
 * under it instead of the platform's ({@code QIAOYUN_SMS_SIGN}). One per federation; none means the platform's.
 */
@Entity
@Table(name = "notify_sms_sign")
public class SmsSign {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantCode;

    @Column(name = "sign", length = 12, nullable = false)
    private String sign;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SmsSign() {
        // for JPA
    }

    SmsSign(String tenantCode, SignName sign, Instant now) {
        this.tenantCode = tenantCode;
        change(sign, now);
    }

    void change(SignName sign, Instant now) {
        this.sign = sign.value();
        this.changedAt = now.atOffset(ZoneOffset.UTC);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public SignName sign() {
        return new SignName(sign);
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
