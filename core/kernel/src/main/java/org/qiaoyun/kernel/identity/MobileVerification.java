package org.qiaoyun.kernel.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.notify.Notifier;
import org.qiaoyun.kernel.persistence.Store;

/**
 * A person proves their mobile number theirs before the platform sends it text messages: a six-digit code goes to it by
 * text message (at once, the quiet hours too), counts for ten minutes and for five wrong tries, and a new one may be asked
 * a minute after the last. The right code marks the number verified; a changed number must be verified again. Only the
 * account's own person asks and answers (the code proves they hold the phone); every code sent, every number verified
 * and every code used up by wrong tries is audited, without the number.
 */
public final class MobileVerification {

    /** The kind of the code's text message (its template is named in {@code QIAOYUN_SMS_TEMPLATES}; parameters: code, minutes). */
    public static final String KIND = org.qiaoyun.kernel.notify.Choices.MOBILE_CODE;
    static final Duration VALID = Duration.ofMinutes(10);
    static final Duration AGAIN_AFTER = Duration.ofMinutes(1);

    private final Store store;
    private final Clock clock;
    private final Notifier notifier;
    private final SecureRandom random = new SecureRandom();

    public MobileVerification(Store store, Clock clock, Notifier notifier) {
        this.store = store;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** Where the caller's own number stands: the number, whether verified, and until when a code sent counts. */
    public record State(String mobile, boolean verified, Instant codeExpiresAt) {
    }

    /** The caller's own number and whether it is verified. */
    public State state() {
        return store.transaction(em -> state(em, own(em)));
    }

    /** Sends a new code to the caller's own number, replacing any before; the state with the code's expiry. */
    public State sendCode() {
        return store.transaction(em -> {
            Account account = own(em);
            if (account.mobile() == null) {
                throw new InvalidInputException("mobile", Text.of("kernel.mobile.none"));
            }
            if (account.isMobileVerified()) {
                throw new ConflictException("mobile", Text.of("kernel.mobile.already-verified"));
            }
            if (!notifier.sendsByTextMessage(KIND)) {
                throw new ConflictException(null, Text.of("kernel.mobile.no-sms"));
            }
            Instant now = clock.instant();
            MobileCheck check = em.find(MobileCheck.class, account.username());
            if (check != null && check.mobile().equals(account.mobile()) && now.isBefore(check.sentAt().plus(AGAIN_AFTER))) {
                long seconds = (Duration.between(now, check.sentAt().plus(AGAIN_AFTER)).toMillis() + 999) / 1000;
                throw new ConflictException(null, Text.of("kernel.mobile.wait", seconds));
            }
            String code = String.format("%06d", random.nextInt(1_000_000));
            if (check == null) {
                check = new MobileCheck(account.username());
                check.renew(account.mobile(), hash(account, code), now, now.plus(VALID));
                em.persist(check);
            } else {
                check.renew(account.mobile(), hash(account, code), now, now.plus(VALID));
            }
            em.persist(notifier.composeText(account.tenantCode(), account.username(), account.mobile(), account.language(), KIND,
                    code, VALID.toMinutes()));
            AuditLog.append(em, account.tenantCode(), "account.mobile-code", account.username(), Text.of("kernel.audit.mobile-code-sent"));
            return state(em, account);
        });
    }

    /**
     * The caller answers with the code they received: the number is verified, or the refusal says why (400 at
     * {@code code}: not six digits, wrong with the tries left, run out of time; 409: no code asked, or its tries used up).
     */
    public State verify(String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw new InvalidInputException("code", Text.of("kernel.mobile.code-format"));
        }
        Outcome outcome = store.transaction(em -> {
            Account account = own(em);
            MobileCheck check = em.find(MobileCheck.class, account.username());
            if (check == null || account.mobile() == null || !check.mobile().equals(account.mobile())) {
                return new Outcome(null, Text.of("kernel.mobile.no-code"), true);
            }
            if (check.triesLeft() == 0) {
                return new Outcome(null, Text.of("kernel.mobile.tries-used"), true);
            }
            if (!clock.instant().isBefore(check.expiresAt())) {
                return new Outcome(null, Text.of("kernel.mobile.code-expired"), false);
            }
            if (!MessageDigest.isEqual(hash(account, code.strip()).getBytes(StandardCharsets.US_ASCII),
                    check.codeHash().getBytes(StandardCharsets.US_ASCII))) {
                int left = check.wrongTry(); // counted even though the answer is a refusal: this transaction commits
                if (left == 0) {
                    AuditLog.append(em, account.tenantCode(), "account.mobile-code", account.username(),
                            Text.of("kernel.audit.mobile-code-used-up"));
                    return new Outcome(null, Text.of("kernel.mobile.tries-used"), true);
                }
                return new Outcome(null, Text.of("kernel.mobile.code-wrong", left), false);
            }
            account.mobileVerified(clock.instant());
            em.remove(check);
            AuditLog.append(em, account.tenantCode(), "account.mobile-verified", account.username(), Text.of("kernel.audit.mobile-verified"));
            return new Outcome(state(em, account), null, false);
        });
        if (outcome.refusal() != null) {
            throw outcome.conflict() ? new ConflictException(null, outcome.refusal()) : new InvalidInputException("code", outcome.refusal());
        }
        return outcome.state();
    }

    /** What came of an answer, decided inside the transaction and refused after it committed (wrong tries count). */
    private record Outcome(State state, Text refusal, boolean conflict) {
    }

    private State state(EntityManager em, Account account) {
        Optional<MobileCheck> check = Optional.ofNullable(em.find(MobileCheck.class, account.username()))
                .filter(c -> c.mobile().equals(account.mobile()) && c.triesLeft() > 0 && clock.instant().isBefore(c.expiresAt()));
        return new State(account.mobile(), account.isMobileVerified(),
                account.isMobileVerified() ? null : check.map(MobileCheck::expiresAt).orElse(null));
    }

    /** The caller's own account: the code proves the person holds the phone, so nobody answers for another. */
    private static Account own(EntityManager em) {
        String username = Access.caller().username();
        return Accounts.find(em, username).orElseThrow(() -> new UnknownAccountException(username));
    }

    /** The code bound to the account and the number it went to (a code for one number never verifies another). */
    private static String hash(Account account, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((account.username() + "\n" + account.mobile() + "\n" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
