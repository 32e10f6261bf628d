package org.qiaoyun.kernel.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * Enrolling and removing a second factor. A user enrols their own: the screen shows a new secret as a QR
 * code, the user's authenticator app shows its first code, and only a matching code stores the secret (a
 * mistyped secret can never lock anyone out). Ten one-time recovery codes are shown once, kept as hashes.
 * An admin of the user's federation may remove a lost one, so that the user enrols again. Audited.
 */
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Qiaoyun";

    private final Store store;
    private final Clock clock;
    private final SecretSeal seal;
    private final SecureRandom random = new SecureRandom();

    public SecondFactors(Store store, Clock clock, SecretSeal seal) {
        this.store = store;
        this.clock = clock;
        this.seal = seal;
    }

    /** A secret to enrol, with the address for the authenticator app's QR code; nothing is stored yet. */
    public record Enrolment(String secret, String uri) {
    }

    public Enrolment begin() {
        CallerIdentity caller = Access.caller();
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.enrolmentUri(ISSUER, caller.username(), secret));
    }

    /** Stores the secret once the app's code matches it; the recovery codes, shown this once. */
    public List<String> confirm(String secret, String code) {
        CallerIdentity caller = Access.caller();
        Instant now = clock.instant();
        long step;
        try {
            step = Totp.match(secret, code, now, -1);
        } catch (IllegalArgumentException notBase32) {
            step = -1;
        }
        if (step < 0) {
            throw new IdentityRuleViolation("code", "kernel.second-factor.mismatch");
        }
        long accepted = step;
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bytes = new byte[5];
            random.nextBytes(bytes);
            String recovery = Totp.base32(bytes).toLowerCase(Locale.ROOT);
            recovery = recovery.substring(0, 4) + "-" + recovery.substring(4);
            codes.add(recovery);
            hashes.add(ApiTokens.hash(recovery));
        }
        store.transaction(em -> {
            Account account = Accounts.find(em, caller.username()).orElseThrow(() -> new UnknownAccountException(caller.username()));
            account.enrolSecondFactor(seal.seal(secret), accepted, hashes);
            AuditLog.append(em, account.tenantCode(), "account.second-factor-enrol", account.username());
            return null;
        });
        return codes;
    }

    /** Removes a user's second factor (a lost phone): an admin of the user's federation or above. */
    public void remove(String username) {
        CallerIdentity caller = Access.caller();
        store.transaction(em -> {
            Account account = Accounts.find(em, username).orElseThrow(() -> new UnknownAccountException(username));
            Tenant home = em.find(Tenant.class, account.tenantCode());
            if (!caller.canAdminister(home)) {
                throw new UnknownAccountException(username);
            }
            account.dropSecondFactor();
            AuditLog.append(em, account.tenantCode(), "account.second-factor-remove", username);
            return null;
        });
    }
}
