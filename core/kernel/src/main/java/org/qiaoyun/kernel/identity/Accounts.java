package org.qiaoyun.kernel.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The platform's users: creating them under the password policy, logging them in with lockout,
 * changing roles, disabling, resetting passwords. Every change and every login attempt is audited in
 * the same transaction.
 */
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    /** The platform admin: the user {@code admin} of the national tenant. */
    public static final String PLATFORM_ADMIN = "admin";

    private final Store store;
    private final Passwords passwords;
    private final Clock clock;
    /** Tells a person of what was done to their account (locked, password reset), in the same transaction. */
    private final org.qiaoyun.kernel.notify.Notifier notifier;
    private final VerifiedCredentials verifiedCredentials;
    private final SecretSeal seal;

    public Accounts(Store store, Passwords passwords, Clock clock, SecretSeal seal, org.qiaoyun.kernel.notify.Notifier notifier) {
        this.store = store;
        this.notifier = notifier;
        this.passwords = passwords;
        this.clock = clock;
        this.seal = seal;
        this.verifiedCredentials = new VerifiedCredentials(clock);
    }

    public Account create(String tenantCode, String username, String password, Set<Role> roles) {
        return store.transaction(em -> create(em, tenantCode, username, password, roles));
    }

    /** {@link #create(String, String, String, Set)} within a caller's transaction. */
    public Account create(EntityManager em, String tenantCode, String username, String password, Set<Role> roles) {
        Account.checkUsername(username);
        PasswordPolicy.check(username, password);
        String hash = passwords.hash(password);
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        tenant.requireWritable();
        if (find(em, username).isPresent()) {
            throw new DuplicateAccountException(username);
        }
        Account account = new Account(tenantCode, username, hash, roles, clock.instant());
        em.persist(account);
        em.flush();
        AuditLog.append(em, tenantCode, "account.create", username, org.qiaoyun.api.Text.of("kernel.audit.roles", rolesText(account)));
        return account;
    }

    /** Whether a username is taken, within a caller's transaction. */
    public static boolean exists(EntityManager em, String username) {
        return find(em, username).isPresent();
    }

    /**
     * Checks a username and password. Unknown users, wrong passwords, locked and disabled accounts
     * and users of suspended tenants all fail alike; the audit log tells them apart.
     */
    public LoginResult authenticate(String username, String password) {
        return authenticate(username, password, "login.success", null, null);
    }

    /**
     * A sign-in to the screens from a client address (counted against guessing by that address), with the
     * code of the second factor where the account gives one.
     */
    public LoginResult signIn(String username, String password, String address, String code) {
        return authenticate(username, password, "login.success", address, code);
    }

    /** Of whom a second factor is required from now on. */
    public void requireSecondFactor(SecondFactorPolicy policy) {
        secondFactors = policy;
    }

    private volatile SecondFactorPolicy secondFactors = SecondFactorPolicy.ENROLLED;

    /**
     * Checks credentials at the full price of the password hash; a success is audited as
     * {@code successAction} (a screen sign-in, a token issued), or not at all when it is null (an API call:
     * the log keeps what calls change or reveal, not every call).
     */
    LoginResult authenticate(String username, String password, String successAction, String address, String code) {
        if (username == null || password == null) {
            return LoginResult.failed();
        }
        return store.transaction(em -> {
            Instant now = clock.instant();
            if (SignInFailure.addressThrottled(em, address, now)) {
                LOG.fine(() -> "sign-in from " + address + " not heard: too many failures lately");
                return LoginResult.failed(); // no hash, no audit row: a guessing address costs nothing
            }
            // the row is locked for the attempt: parallel attempts on one account queue here, each counting
            // on what the one before left, so that the lockout comes after exactly the allowed failures
            Optional<Account> found = em.createQuery("select a from Account a where a.username = :username", Account.class)
                    .setParameter("username", username).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst();
            if (found.isEmpty()) {
                passwords.waste(password);
                SignInFailure.record(em, truncate(username), address, now);
                AuditLog.append(em, rootCode(em), "login.failure", truncate(username), org.qiaoyun.api.Text.of("kernel.audit.unknown-user"));
                return LoginResult.failed();
            }
            Account account = found.get();
            String tenant = account.tenantCode();
            if (SignInFailure.onAccount(em, username, address, now) >= SignInFailure.PER_ACCOUNT) {
                AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.address-locked"));
                return LoginResult.failed();
            }
            boolean matches = passwords.matches(password, account.passwordHash());
            Tenant home = em.find(Tenant.class, account.tenantCode());
            Account.Attempt attempt = account.attempt(matches, now);
            switch (attempt) {
                case SUCCEEDED -> {
                    SignInFailure.forget(em, username, address);
                    if (suspended(em, home)) {
                        AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.tenant-suspended"));
                        return LoginResult.failed();
                    }
                    LoginResult.Need need = LoginResult.Need.NOTHING;
                    if (secondFactors.requires(account, home)) {
                        if (!account.hasSecondFactor()) {
                            need = LoginResult.Need.ENROLMENT; // in, but to enrol before anything else
                        } else if (code == null || code.isBlank()) {
                            return new LoginResult(Optional.empty(), LoginResult.Need.SECOND_FACTOR);
                        } else if (!account.acceptSecondFactor(code, now, seal)) {
                            SignInFailure.record(em, username, address, now);
                            AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.wrong-code"));
                            return new LoginResult(Optional.empty(), LoginResult.Need.SECOND_FACTOR);
                        }
                    }
                    if (successAction != null) {
                        AuditLog.append(em, tenant, successAction, username);
                    }
                    return new LoginResult(Optional.of(identityOf(account, home)), need);
                }
                case LOCKED_NOW -> {
                    SignInFailure.record(em, username, address, now);
                    AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.wrong-password"));
                    AuditLog.append(em, tenant, "account.lockout", username, org.qiaoyun.api.Text.of("kernel.audit.account-lockout",
                            Account.MAX_FAILURES, Account.LOCKOUT.toMinutes()));
                    tell(em, account, "kernel.notify.account-locked", String.valueOf(Account.MAX_FAILURES),
                            String.valueOf(Account.LOCKOUT.toMinutes()));
                }
                case REFUSED_LOCKED -> AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.account-locked"));
                case REFUSED_DISABLED -> AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.account-disabled"));
                case FAILED -> {
                    boolean lockedHere = SignInFailure.record(em, username, address, now);
                    AuditLog.append(em, tenant, "login.failure", username, org.qiaoyun.api.Text.of("kernel.audit.wrong-password"));
                    if (lockedHere) {
                        AuditLog.append(em, tenant, "account.lockout", username, org.qiaoyun.api.Text.of("kernel.audit.address-lockout",
                                SignInFailure.PER_ACCOUNT, SignInFailure.address(address), SignInFailure.LOCKOUT.toMinutes()));
                        tell(em, account, "kernel.notify.address-locked", String.valueOf(SignInFailure.PER_ACCOUNT),
                                SignInFailure.address(address), String.valueOf(SignInFailure.LOCKOUT.toMinutes()));
                    }
                }
                default -> throw new IllegalStateException(attempt.name());
            }
            return LoginResult.failed();
        });
    }

    /**
     * Checks the credentials of an API call (HTTP Basic). A credential verified a moment ago is not hashed
     * again ({@link VerifiedCredentials}): it is remembered for a while by a hash of username and password with
     * the account's version, and every call reads that version, so that a password change, a lockout or a
     * disabled account (on any instance: the version is in the database) counts at once. Successes are not
     * audited; failures are, and count toward the lockout.
     */
    public LoginResult verifyForApi(String username, String password, String address) {
        if (username == null || password == null) {
            return LoginResult.failed();
        }
        String key = VerifiedCredentials.key(username, password);
        Optional<CallerIdentity> known = remembered(key, username);
        if (known.isPresent()) {
            return new LoginResult(known);
        }
        return verifiedCredentials.oneAtATime(key, () -> {
            Optional<CallerIdentity> meanwhile = remembered(key, username);
            if (meanwhile.isPresent()) {
                return new LoginResult(meanwhile);
            }
            // an account that gives a second factor uses a token: a password alone, sent with every call, is not enough
            LoginResult result = authenticate(username, password, null, address, null);
            if (result.need() != LoginResult.Need.NOTHING) {
                return new LoginResult(Optional.empty(), LoginResult.Need.SECOND_FACTOR);
            }
            if (result.succeeded()) {
                find(username).ifPresent(account -> verifiedCredentials.remember(key, username, account.version()));
            }
            return result;
        });
    }

    /** The caller of a credential verified lately, if the account is still as it was then (its version read now). */
    private Optional<CallerIdentity> remembered(String key, String username) {
        Optional<Long> version = verifiedCredentials.versionOf(key, username);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<CallerIdentity> caller = store.transaction(em -> find(em, username)
                .filter(account -> account.version() == version.get() && account.enabled() && !account.isLocked(now))
                .flatMap(account -> active(em, account)));
        if (caller.isEmpty()) {
            verifiedCredentials.forget(key);
        }
        return caller;
    }

    private static Optional<CallerIdentity> active(EntityManager em, Account account) {
        Tenant home = em.find(Tenant.class, account.tenantCode());
        return home == null || suspended(em, home) ? Optional.empty() : Optional.of(identityOf(account, home));
    }

    /** The caller behind a username, if the account may act now (enabled, no federation above it suspended). */
    public Optional<CallerIdentity> identity(String username) {
        return store.transaction(em -> find(em, username).filter(Account::enabled).flatMap(account -> active(em, account)));
    }

    public Optional<Account> find(String username) {
        return store.transaction(em -> find(em, username));
    }

    /** The users whose home is the tenant, by username: for its admins and those above. */
    public List<Account> of(String tenantCode, int first, int max) {
        return store.transaction(em -> administered(em, tenantCode).createQuery(
                        "select a from Account a where a.tenantCode = :tenant order by a.username", Account.class)
                .setParameter("tenant", tenantCode).setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long count(String tenantCode) {
        return store.transaction(em -> administered(em, tenantCode).createQuery("select count(a) from Account a where a.tenantCode = :tenant", Long.class)
                .setParameter("tenant", tenantCode).getSingleResult());
    }

    /** Replaces the roles; {@code expectedVersion}, when given, catches a concurrent edit. */
    public Account changeRoles(String username, Set<Role> roles, Long expectedVersion) {
        return change(username, expectedVersion, (em, account) -> {
            account.setRoles(roles);
            AuditLog.append(em, account.tenantCode(), "account.roles", username, org.qiaoyun.api.Text.of("kernel.audit.roles", rolesText(account)));
        });
    }

    public Account setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(Access.caller().username())) {
            throw new IdentityRuleViolation("enabled", "kernel.account.self-disable");
        }
        return change(username, null, (em, account) -> {
            account.setEnabled(enabled);
            AuditLog.append(em, account.tenantCode(), enabled ? "account.enable" : "account.disable", username);
        });
    }

    /** Sets a new password (also lifting a lockout): by an admin of the user's federation, or by the user. */
    public Account resetPassword(String username, String password) {
        PasswordPolicy.check(username, password);
        String hash = passwords.hash(password);
        return change(username, null, true, (em, account) -> {
            account.changePassword(hash);
            em.createQuery("delete from SignInFailure f where f.username = :username").setParameter("username", username)
                    .executeUpdate(); // a new password lifts every lockout
            AuditLog.append(em, account.tenantCode(), "account.password-reset", username);
            tell(em, account, "kernel.notify.password-reset");
        });
    }

    /**
     * The signed-in person changes their own password, giving the current one first: a session left open
     * on a shared computer does not let someone else take the account over.
     */
    public Account changeOwnPassword(String current, String next) {
        String username = Access.caller().username();
        Account account = find(username).orElseThrow(() -> new UnknownAccountException(username));
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw new IdentityRuleViolation("current", "kernel.password.current-wrong");
        }
        if (next != null && next.equals(current)) {
            throw new IdentityRuleViolation("password", "kernel.password.unchanged");
        }
        return resetPassword(username, next);
    }

    /**
     * Makes sure the platform admin exists. Its password comes from {@code QIAOYUN_ADMIN_PASSWORD} on
     * first start; without it one is generated and written to the log once.
     */
    public void ensurePlatformAdmin(String rootCode, String configuredPassword) {
        if (find(PLATFORM_ADMIN).isPresent()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? Passwords.generate() : configuredPassword;
        create(rootCode, PLATFORM_ADMIN, password, Set.of(Role.ADMIN)); // at start-up, as the platform (Kernel.start)
        if (generated) {
            LOG.warning(() -> "\n*** Platform admin created: username 'admin', password '" + password
                    + "'. It is shown only this once: change it, or set QIAOYUN_ADMIN_PASSWORD before the first start. ***");
        } else {
            LOG.info("platform admin 'admin' created with the password from QIAOYUN_ADMIN_PASSWORD");
        }
    }

    private interface Change {
        void apply(EntityManager em, Account account);
    }

    private Account change(String username, Long expectedVersion, Change change) {
        return change(username, expectedVersion, false, change);
    }

    /** A change to an account, by an admin of its federation or above (or, where allowed, by its own user). */
    private Account change(String username, Long expectedVersion, boolean ownAllowed, Change change) {
        return store.transaction(em -> {
            CallerIdentity caller = Access.caller();
            Account account = find(em, username).orElseThrow(() -> new UnknownAccountException(username));
            Tenant home = em.find(Tenant.class, account.tenantCode());
            boolean own = ownAllowed && caller.username().equals(username);
            if (!own && !caller.canAdminister(home)) {
                throw new UnknownAccountException(username); // another federation's users do not exist for the caller
            }
            if (expectedVersion != null && expectedVersion != account.version()) {
                throw new OptimisticLockException("account " + username + " was changed by someone else; reload it");
            }
            home.requireWritable();
            change.apply(em, account);
            return account;
        });
    }

    /**
     * Sets how to reach a user (email, mobile) and the language they read: by an admin of the user's federation, or
     * by the user. Each value is checked, a refusal naming its field; blank clears it.
     */
    public Account changeContact(String username, String email, String mobile, String language, Long expectedVersion) {
        return change(username, expectedVersion, true, (em, account) -> {
            account.setContact(email, mobile, language);
            AuditLog.append(em, account.tenantCode(), "account.contact", username);
        });
    }

    /** Tells the account's person, in the transaction of what happened to it (the outbox commits with the change). */
    private void tell(EntityManager em, Account account, String kind, Object... arguments) {
        notifier.compose(account.tenantCode(), account.addressee(), kind, arguments).forEach(em::persist);
    }

    /** Whether the federation or one above it is suspended: a suspension reaches everything below. */
    private static boolean suspended(EntityManager em, Tenant home) {
        return org.qiaoyun.kernel.tenant.TenantDirectory.lineage(em, home).stream().anyMatch(t -> t.status() == TenantStatus.SUSPENDED);
    }

    /** The EntityManager, once the caller is found to administer the tenant. */
    private static EntityManager administered(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        return em;
    }

    static Optional<Account> find(EntityManager em, String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private static CallerIdentity identityOf(Account account, Tenant home) {
        return new CallerIdentity(account.username(), home.code(), home.path(), account.roles());
    }

    private static String rootCode(EntityManager em) {
        return em.createQuery("select t.code from Tenant t where t.parentCode is null", String.class)
                .getResultStream().findFirst().orElse("cn");
    }

    private static String rolesText(Account account) {
        return String.join(", ", account.roles().stream().map(Role::wireName).toList());
    }

    private static String truncate(String text) {
        return text.length() > 63 ? text.substring(0, 63) : text;
    }
}
