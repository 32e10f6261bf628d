package org.qiaoyun.kernel.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

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

    public Accounts(Store store, Passwords passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
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
        tenant.requireWritable();
        if (find(em, username).isPresent()) {
            throw new DuplicateAccountException(username);
        }
        Account account = new Account(tenantCode, username, hash, roles);
        em.persist(account);
        em.flush();
        AuditLog.append(em, tenantCode, "account.create", username, "roles " + rolesText(account));
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
        if (username == null || password == null) {
            return LoginResult.failed();
        }
        return store.transaction(em -> {
            Optional<Account> found = find(em, username);
            if (found.isEmpty()) {
                passwords.waste(password);
                AuditLog.append(em, rootCode(em), "login.failure", truncate(username), "unknown user");
                return LoginResult.failed();
            }
            Account account = found.get();
            Tenant home = em.find(Tenant.class, account.tenantCode());
            boolean matches = passwords.matches(password, account.passwordHash());
            Account.Attempt attempt = account.attempt(matches, clock.instant());
            String tenant = account.tenantCode();
            switch (attempt) {
                case SUCCEEDED -> {
                    if (home.status() == TenantStatus.SUSPENDED) {
                        AuditLog.append(em, tenant, "login.failure", username, "tenant suspended");
                        return LoginResult.failed();
                    }
                    AuditLog.append(em, tenant, "login.success", username, null);
                    return new LoginResult(Optional.of(identityOf(account, home)));
                }
                case LOCKED_NOW -> {
                    AuditLog.append(em, tenant, "login.failure", username, "wrong password");
                    AuditLog.append(em, tenant, "account.lockout", username,
                            Account.MAX_FAILURES + " failed attempts: locked for " + Account.LOCKOUT.toMinutes() + " minutes");
                }
                case REFUSED_LOCKED -> AuditLog.append(em, tenant, "login.failure", username, "account locked");
                case REFUSED_DISABLED -> AuditLog.append(em, tenant, "login.failure", username, "account disabled");
                case FAILED -> AuditLog.append(em, tenant, "login.failure", username, "wrong password");
                default -> throw new IllegalStateException(attempt.name());
            }
            return LoginResult.failed();
        });
    }

    /** The caller behind a username, if the account may act now (enabled, tenant not suspended). */
    public Optional<CallerIdentity> identity(String username) {
        return store.transaction(em -> find(em, username)
                .filter(Account::enabled)
                .flatMap(account -> {
                    Tenant home = em.find(Tenant.class, account.tenantCode());
                    return home == null || home.status() == TenantStatus.SUSPENDED
                            ? Optional.<CallerIdentity>empty() : Optional.of(identityOf(account, home));
                }));
    }

    public Optional<Account> find(String username) {
        return store.transaction(em -> find(em, username));
    }

    /** The users whose home is the tenant, by username. */
    public List<Account> of(String tenantCode, int first, int max) {
        return store.transaction(em -> em.createQuery(
                        "select a from Account a where a.tenantCode = :tenant order by a.username", Account.class)
                .setParameter("tenant", tenantCode).setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long count(String tenantCode) {
        return store.transaction(em -> em.createQuery("select count(a) from Account a where a.tenantCode = :tenant", Long.class)
                .setParameter("tenant", tenantCode).getSingleResult());
    }

    /** Replaces the roles; {@code expectedVersion}, when given, catches a concurrent edit. */
    public Account changeRoles(String username, Set<Role> roles, Long expectedVersion) {
        return change(username, expectedVersion, (em, account) -> {
            account.setRoles(roles);
            AuditLog.append(em, account.tenantCode(), "account.roles", username, "roles " + rolesText(account));
        });
    }

    public Account setEnabled(String username, boolean enabled) {
        return change(username, null, (em, account) -> {
            account.setEnabled(enabled);
            AuditLog.append(em, account.tenantCode(), enabled ? "account.enable" : "account.disable", username, null);
        });
    }

    /** Sets a new password (also lifting a lockout). */
    public Account resetPassword(String username, String password) {
        PasswordPolicy.check(username, password);
        String hash = passwords.hash(password);
        return change(username, null, (em, account) -> {
            account.changePassword(hash);
            AuditLog.append(em, account.tenantCode(), "account.password-reset", username, null);
        });
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
        create(rootCode, PLATFORM_ADMIN, password, Set.of(Role.ADMIN));
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
        return store.transaction(em -> {
            Account account = find(em, username).orElseThrow(() -> new UnknownAccountException(username));
            if (expectedVersion != null && expectedVersion != account.version()) {
                throw new OptimisticLockException("account " + username + " was changed by someone else; reload it");
            }
            em.find(Tenant.class, account.tenantCode()).requireWritable();
            change.apply(em, account);
            return account;
        });
    }

    private static Optional<Account> find(EntityManager em, String username) {
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
        return account.roles().stream().map(Role::wireName).toList().toString();
    }

    private static String truncate(String text) {
        return text.length() > 63 ? text.substring(0, 63) : text;
    }
}
