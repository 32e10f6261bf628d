package org.qiaoyun.kernel.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code sent by text message to prove a mobile number an account's: only its hash is kept, with the number it went to,
 * until when it counts and how many wrong tries were made. One per account; a new code replaces it, a right one ends it.
 */
@Entity
@Table(name = "mobile_check")
public class MobileCheck {

    /** Wrong tries before a code counts no more. */
    static final int TRIES = 5;

    @Id
    @Column(name = "username", length = 63)
    private String username;

    @Column(name = "mobile", length = 20, nullable = false)
    private String mobile;

    @Column(name = "code_hash", length = 64, nullable = false)
    private String codeHash;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "wrong_tries", nullable = false)
    private int wrongTries;

    protected MobileCheck() {
        // for JPA
    }

    MobileCheck(String username) {
        this.username = username;
    }

    /** A new code to {@code mobile}, from {@code now} until {@code expires}: the tries start again. */
    void renew(String mobile, String codeHash, Instant now, Instant expires) {
        this.mobile = mobile;
        this.codeHash = codeHash;
        this.sentAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = expires.atOffset(ZoneOffset.UTC);
        this.wrongTries = 0;
    }

    /** One more wrong try; how many are left. */
    int wrongTry() {
        wrongTries++;
        return triesLeft();
    }

    int triesLeft() {
        return Math.max(0, TRIES - wrongTries);
    }

    String mobile() {
        return mobile;
    }

    String codeHash() {
        return codeHash;
    }

    Instant sentAt() {
        return sentAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
