package org.qiaoyun.kernel.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qiaoyun.kernel.access.Role;

/**
 * A user of the platform: a username unique across the platform, a home tenant, roles there, and
 * a PBKDF2 password hash.
 *
 * <p>The account guards itself against guessing from many addresses at once: after {@value #MAX_FAILURES}
 * failed attempts in a row it is locked for 30 minutes, during which even the right password is refused.
 * One address guessing is stopped much sooner, and only that address ({@link SignInFailure}). A disabled account
 * is refused altogether; its history stays.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_FAILURES = 50;
    public static final Duration LOCKOUT = Duration.ofMinutes(30);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    /** What one login attempt came to. */
    public enum Attempt { SUCCEEDED, FAILED, LOCKED_NOW, REFUSED_LOCKED, REFUSED_DISABLED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "username", length = 63, nullable = false, updatable = false, unique = true)
    private String username;

    @Column(name = "tenant_id", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "roles", length = 200, nullable = false)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The authenticator app's key, sealed by the platform's {@link SecretSeal}. */
    @Column(name = "totp_secret", length = 128)
    private String totpSecret;

    @Column(name = "totp_step", nullable = false)
    private long totpStep;

    @Column(name = "recovery_codes", length = 1000)
    private String recoveryCodes;

    /** Where email reaches the person; none when not given. */
    @Column(name = "email", length = 254)
    private String email;

    /** A mobile number; text messages go to it only once it is verified. None when not given. */
    @Column(name = "mobile", length = 20)
    private String mobile;

    /** When the person proved the mobile number theirs by a code sent to it; none until then, and again once it changes. */
    @Column(name = "mobile_verified_at")
    private OffsetDateTime mobileVerifiedAt;

    /** The language the person reads what the platform sends them in: {@code zh} or {@code en}. */
    @Column(name = "language", length = 5, nullable = false)
    private String language = "zh";

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String tenantCode, String username, String passwordHash, Set<Role> roles, java.time.Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.username = username;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.enabled = true;
        this.createdAt = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** Usernames: 2-63 lowercase letters, digits, dots, underscores or hyphens. */
    public static String checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IdentityRuleViolation("username", "kernel.account.username-format");
        }
        return username;
    }

    /** Records one login attempt whose password did or did not match, at {@code now}. */
    Attempt attempt(boolean passwordMatches, Instant now) {
        if (!enabled) {
            return Attempt.REFUSED_DISABLED;
        }
        if (isLocked(now)) {
            return Attempt.REFUSED_LOCKED;
        }
        if (passwordMatches) {
            failedAttempts = 0;
            lockedUntil = null;
            return Attempt.SUCCEEDED;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            failedAttempts = 0;
            lockedUntil = OffsetDateTime.ofInstant(now.plus(LOCKOUT), ZoneOffset.UTC);
            return Attempt.LOCKED_NOW;
        }
        return Attempt.FAILED;
    }

    /** Whether the account has a second factor: an authenticator app's codes, or a recovery code. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    void enrolSecondFactor(String sealedSecret, long acceptedStep, java.util.List<String> recoveryCodeHashes) {
        totpSecret = sealedSecret;
        totpStep = acceptedStep;
        recoveryCodes = String.join(",", recoveryCodeHashes);
    }

    void dropSecondFactor() {
        totpSecret = null;
        totpStep = 0;
        recoveryCodes = null;
    }

    /**
     * Takes a code of the authenticator app (never one of the same or an earlier step twice) or one of the
     * recovery codes (each once).
     */
    boolean acceptSecondFactor(String code, Instant now, SecretSeal seal) {
        if (totpSecret == null || code == null) {
            return false;
        }
        String secret = seal.open(totpSecret);
        long step = Totp.match(secret, code, now, totpStep);
        if (step >= 0) {
            totpStep = step;
            if (!SecretSeal.isSealed(totpSecret)) {
                totpSecret = seal.seal(secret); // kept in the clear before sealing began
            }
            return true;
        }
        String hash = ApiTokens.hash(code.strip().toLowerCase(java.util.Locale.ROOT));
        java.util.List<String> left = new java.util.ArrayList<>(recoveryCodes == null ? java.util.List.of()
                : java.util.Arrays.asList(recoveryCodes.split(",")));
        if (left.remove(hash)) {
            recoveryCodes = String.join(",", left);
            return true;
        }
        return false;
    }

    /** How many recovery codes are left. */
    public int recoveryCodesLeft() {
        return recoveryCodes == null || recoveryCodes.isEmpty() ? 0 : recoveryCodes.split(",").length;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
    }

    void setRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IdentityRuleViolation("roles", "kernel.account.role-required");
        }
        this.roles = roles.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Sets how to reach the person, each checked (a refusal names the field); blank means none. */
    void setContact(String email, String mobile, String language) {
        this.email = org.qiaoyun.kernel.notify.Contact.email("email", email);
        String number = org.qiaoyun.kernel.notify.Contact.mobile("mobile", mobile);
        if (!java.util.Objects.equals(number, this.mobile)) {
            this.mobileVerifiedAt = null; // a new number is proved anew
        }
        this.mobile = number;
        this.language = org.qiaoyun.kernel.notify.Contact.language("language", language);
    }

    /** The person proved the mobile number theirs, at {@code now}. */
    void mobileVerified(Instant now) {
        this.mobileVerifiedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Whether the mobile number was proved the person's by a code: text messages go to it only then. */
    public boolean isMobileVerified() {
        return mobile != null && mobileVerifiedAt != null;
    }

    /** Whom the platform's notifications to this account go to: by text message only to a verified number. */
    public org.qiaoyun.kernel.notify.Notifier.Addressee addressee() {
        return org.qiaoyun.kernel.notify.Notifier.Addressee.account(username, email, isMobileVerified() ? mobile : null, language);
    }

    public String email() {
        return email;
    }

    public String mobile() {
        return mobile;
    }

    public String language() {
        return language == null ? "zh" : language;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).map(Role::parse).forEach(set::add);
        return set;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
