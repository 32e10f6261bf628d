package org.qiaoyun.kernel.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * Issues, checks and revokes the API's bearer tokens. A token is issued for credentials (audited, like a
 * sign-in) or made by a signed-in user for a script; each request with it costs one indexed look-up
 * instead of a password hash. Secrets are shown once and kept only as SHA-256 hashes.
 */
public class ApiTokens {

    /** How long a token issued for credentials lasts. */
    public static final Duration SESSION = Duration.ofHours(1);
    /** The longest a personal token may last, and how long one lasts when nobody says. */
    static final Duration LONGEST = Duration.ofDays(366);
    static final Duration DEFAULT_PERSONAL = Duration.ofDays(90);

    private final Store store;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(Store store, Accounts accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token as made: its secret, shown this once, and its record. */
    public record Issued(String secret, ApiToken token) {
    }

    /** What a valid token lets in: its owner, narrowed by the token. */
    public record Use(String username, ApiToken.Scope scope, Set<String> tenants, Set<String> modules) {

        public boolean mayWrite() {
            return scope == ApiToken.Scope.WRITE;
        }

        public boolean reachesModule(String module) {
            return modules.isEmpty() || modules.contains(module);
        }
    }

    /**
     * A short-lived token for credentials: what scripts and apps use instead of sending a password with every
     * call. Empty when the credentials fail (counted toward the lockout, audited as any failed sign-in).
     */
    public Optional<Issued> issue(String username, String password, String address) {
        return issue(username, password, address, null);
    }

    /**
     * A token for credentials and, where the account gives one, the second factor's code. Empty when they
     * fail; {@link SecondFactorNeeded} when the code is missing or wrong, or the account must enrol one on
     * the screens first.
     */
    public Optional<Issued> issue(String username, String password, String address, String code) {
        LoginResult login = accounts.authenticate(username, password, "token.issue", address, code);
        if (login.need() == LoginResult.Need.ENROLMENT) {
            throw new SecondFactorNeeded("kernel.second-factor.enrol-first");
        }
        if (login.need() == LoginResult.Need.SECOND_FACTOR) {
            throw new SecondFactorNeeded("kernel.second-factor.code-needed");
        }
        if (!login.succeeded()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(store.transaction(em -> {
            String secret = secret("qys_");
            ApiToken token = new ApiToken(hash(secret), username, ApiToken.Kind.SESSION, null, ApiToken.Scope.WRITE, Set.of(),
                    Set.of(), now, now.plus(SESSION));
            em.persist(token);
            return new Issued(secret, token);
        }));
    }

    /**
     * A personal token of the signed-in user, for a script: named, read-only or not, narrowed to tenants the
     * user may see and to modules, lasting until {@code expiresAt} (at most a year). Audited.
     */
    public Issued createPersonal(String name, ApiToken.Scope scope, Set<String> tenants, Set<String> modules, Instant expiresAt) {
        CallerIdentity owner = Access.caller();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IdentityRuleViolation("name", "kernel.token.name");
        }
        Instant now = clock.instant();
        Instant until = expiresAt == null ? now.plus(DEFAULT_PERSONAL) : expiresAt;
        if (!until.isAfter(now) || until.isAfter(now.plus(LONGEST))) {
            throw new IdentityRuleViolation("expiresAt", "kernel.token.expiry");
        }
        for (String module : modules) {
            if (module == null || !module.matches("[a-z][a-z0-9-]{0,62}")) {
                throw new IdentityRuleViolation("modules", "kernel.token.module-unknown", module);
            }
        }
        return store.transaction(em -> {
            for (String code : tenants) {
                Tenant tenant = code == null ? null : em.find(Tenant.class, code);
                if (tenant == null || !owner.canSee(tenant)) {
                    throw new NotVisibleException(String.valueOf(code));
                }
            }
            String secret = secret("qyp_");
            ApiToken token = new ApiToken(hash(secret), owner.username(), ApiToken.Kind.PERSONAL, name.strip(),
                    scope == null ? ApiToken.Scope.READ : scope, tenants, modules, now, until);
            em.persist(token);
            AuditLog.append(em, owner.homeTenant(), "token.create", token.id(),
                    org.qiaoyun.api.Text.of("kernel.audit.token", token.name(), org.qiaoyun.api.Text.of("kernel.audit.scope." + token.scope().name())));
            return new Issued(secret, token);
        });
    }

    /** The signed-in user's personal tokens that still count, newest first, with their last use. */
    public List<ApiToken> mine() {
        CallerIdentity owner = Access.caller();
        Instant now = clock.instant();
        return store.transaction(em -> em.createQuery("select t from ApiToken t where t.username = :owner and t.kind = :personal"
                        + " and t.revoked = false order by t.createdAt desc", ApiToken.class)
                .setParameter("owner", owner.username()).setParameter("personal", ApiToken.Kind.PERSONAL.name())
                .getResultList().stream().filter(t -> t.isValid(now)).toList());
    }

    /** Revokes a token: its owner may, and an admin of the owner's federation. Audited. */
    public void revoke(String id) {
        CallerIdentity caller = Access.caller();
        store.transaction(em -> {
            ApiToken token = em.find(ApiToken.class, id);
            Account owner = token == null ? null : Accounts.find(em, token.username()).orElse(null);
            Tenant home = owner == null ? null : em.find(Tenant.class, owner.tenantCode());
            boolean mine = token != null && token.username().equals(caller.username());
            if (token == null || (!mine && (home == null || !caller.canAdminister(home)))) {
                throw new UnknownTokenException(id);
            }
            token.revoke();
            AuditLog.append(em, home == null ? caller.homeTenant() : home.code(), "token.revoke", id, token.name());
            return null;
        });
    }

    /** The use a bearer secret allows, if it is a token that still counts. */
    public Optional<Use> verify(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = clock.instant();
        return store.transaction(em -> em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .filter(token -> token.isValid(now))
                .map(token -> {
                    token.used(now);
                    return new Use(token.username(), token.scope(), token.tenants(), token.modules());
                }));
    }

    private String secret(String prefix) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
