package org.qiaoyun.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * One module's access to one tenant's data. Every call checks again that the module is enabled in
 * the tenant, so a switch takes effect on the next call, not the next restart.
 */
public interface TenantScope {

    /** The EntityManager property that carries the tenant discriminator. */
    String TENANT_PROPERTY = "qiaoyun.tenant";

    /** The tenant's code, e.g. {@code gd-jiangmen-taishan}. */
    String tenantCode();

    /**
     * The federation's name as it signs documents, e.g. 台山市侨联 (Chinese; English when it has no
     * Chinese name). Scopes that know no names give the code.
     */
    default String tenantName() {
        return tenantCode();
    }

    /**
     * The time as this platform tells it. Every rule that depends on today (a month's figures, whether a
     * shift has ended, a plausible birth date) asks this clock and never the wall clock beside it, so that
     * tests can fix the time and two pieces of one request never disagree about it.
     */
    Clock clock();

    /** Who is asking: the username of the current request, empty for background work. */
    Optional<String> currentUser();

    /**
     * Whether the caller holds a platform role in this tenant: {@code admin}, {@code caseworker},
     * {@code legal_adviser}, {@code organiser}, {@code volunteer} or {@code viewer}. Modules build their
     * own permissions on these.
     */
    boolean callerHas(String role);

    /**
     * Whether {@code username} is an account of this federation (its home, enabled): a module binds its
     * records to platform users of the tenant only, never to another federation's or to nobody.
     */
    boolean hasMember(String username);

    /**
     * Whether {@code username} is an enabled account of this federation holding {@code role} (as modules name
     * roles: {@code legal_adviser}): a module that binds a record to a person in a role (an adviser, an approver)
     * asks this, not only whether the account is the federation's.
     */
    boolean hasMember(String username, String role);

    /**
     * The usernames of this federation's enabled accounts that hold any of {@code roles}, sorted: what a screen
     * offers when a record is given to a person (a visitor, an assignee). Only a signed-in caller of the federation
     * may ask; the module decides which of its callers may see the list.
     */
    java.util.List<String> members(String... roles);

    /**
     * Runs {@code work} in one transaction on an EntityManager bound to this tenant. The transaction
     * commits when {@code work} returns and rolls back when it throws. Called inside a transaction of this
     * same scope (same module, same tenant), it joins that transaction: a change and the figures recounted
     * after it commit, or roll back, as one.
     *
     * An archived tenant is read-only: its work runs, and reads succeed, but any write it attempts
     * (an entity persisted, changed or removed, a bulk or native statement) throws and rolls back.
     *
     * @throws ModuleUnavailableException if the module is not (or no longer) enabled in the tenant,
     *         or the tenant is suspended; a {@link RefusalException} saying so if the tenant is archived
     *         and the work writes
     */
    <T> T transaction(Function<EntityManager, T> work);

    /** Appends an entry to the tenant's audit log: {@code action} on {@code object}, with a summary. */
    void audit(String action, String object, String summary);

    /** The same without a summary: the action and the object say all. */
    default void audit(String action, String object) {
        audit(action, object, (String) null);
    }

    /**
     * The same with a summary by its code and arguments, kept as such ({@link Text#stored()}) and shown
     * in each reader's language on screen and in exports. Summaries carry no personal data: admins above
     * read the log.
     */
    default void audit(String action, String object, Text summary) {
        audit(action, object, summary == null ? null : summary.stored());
    }

    /**
     * Records the value of one of the module's indicators for a month, replacing an earlier value. Within a
     * request the values wait for its end and are written together, after the change they count committed
     * (a later value for the same indicator and month wins); outside one, at once.
     */
    void record(String indicatorCode, YearMonth period, BigDecimal value);

    /**
     * Telling people of this federation (and bare email addresses) what happened, in their language, as part of the
     * transaction it is called in (see {@link org.qiaoyun.api.notify.Notifications}). Notifications of a module name
     * kinds of its own ({@code <module id>.<kind>}). Every scope answers it: the kernel's writes to the outbox, the
     * test scope keeps what was told for the test to read.
     */
    org.qiaoyun.api.notify.Notifications notifications();

    /**
     * The module's files in this tenant: kept in the platform's database, sealed at rest, their type checked by
     * content, each reading audited (see {@link org.qiaoyun.api.files.Attachments}). Every scope answers it.
     */
    org.qiaoyun.api.files.Attachments files();

    /** Nominations for the titles the federations award, sent up from this federation (see {@link org.qiaoyun.api.recognition.Recognition}). */
    org.qiaoyun.api.recognition.Recognition recognition();
}
