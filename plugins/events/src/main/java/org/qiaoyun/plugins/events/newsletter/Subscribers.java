package org.qiaoyun.plugins.events.newsletter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.RefusalException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.events.Permissions;

/**
 * The newsletter's readers, for every way in: organisers and admins add them one by one or from a sheet (each row
 * answered), read the list with its addresses (an audited read), record a bounce and resume a corrected address;
 * a reader unsubscribes themselves with the link every edition carries. Every change recounts the subscribers figure.
 */
public final class Subscribers {

    private final TenantScope scope;

    public Subscribers(TenantScope scope) {
        this.scope = scope;
    }

    /** What the list asks for: text in the name or address, a standing. */
    public record Search(String text, Subscriber.Standing standing) {
    }

    public Subscriber add(Subscriber.Details details) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            if (byEmail(em, details.email()).isPresent()) {
                throw new ConflictException("email", Text.of("events.subscriber.duplicate-email"));
            }
            Subscriber reader = new Subscriber(details, scope.clock().instant());
            em.persist(reader);
            scope.audit("subscriber.add", reader.id(), Text.of("events.audit.subscriber-added", Text.of("events.subscriber.kind." + reader.kind().name())));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return reader;
        });
    }

    /**
     * Before the readers' list is shown (organisers and admins): the readers whose mail bounced since are marked
     * ({@link #takeBounces}); how many.
     */
    public int markBounced() {
        Permissions.requireOrganiser(scope);
        return takeBounces(scope);
    }

    /** The list with addresses, a page at a time, by name: organisers and admins, audited. */
    public Page<Subscriber> page(Search search, int page, int size) {
        Page.requireValid(page, size);
        return new Page<>(rows(search, Page.firstRow(page, size), size), page, size, count(search));
    }

    /** {@code max} readers from row {@code first} on, by name, for a screen's grid: organisers and admins, audited. */
    public List<Subscriber> rows(Search search, int first, int max) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            List<Subscriber> found = filter(search).rows(em, Subscriber.class, "s.name, s.id", first, Math.min(max, Page.MAX_SIZE));
            scope.audit("subscriber.read", "newsletter", Text.of("events.audit.subscribers-read", found.size()));
            return found;
        });
    }

    /** How many readers the search finds. */
    public long count(Search search) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> filter(search).count(em));
    }

    private static Filter filter(Search search) {
        String text = search.text() == null || search.text().isBlank() ? null : "%" + search.text().strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return new Filter("Subscriber s").where("s.standing = :standing", "standing", search.standing())
                .where("(lower(s.name) like :text or lower(s.email) like :text)", "text", text);
    }

    /** How many readers editions go to now (a figure, no addresses): organisers, admins, viewers. */
    public long receiving() {
        return scope.transaction(em -> em.createQuery("select count(s) from Subscriber s where s.standing = :subscribed", Long.class)
                .setParameter("subscribed", Subscriber.Standing.SUBSCRIBED).getSingleResult());
    }

    /** Staff record that an address bounced (the mail server's answer, or the reader's word): no edition goes there again. */
    public Subscriber bounced(String id, String note) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Subscriber reader = find(em, id);
            reader.bounced(note, scope.clock().instant());
            scope.audit("subscriber.bounce", id, Text.of("events.audit.subscriber-bounced"));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return reader;
        });
    }

    /** Staff correct a reader's details (a bounced address becomes subscribed again); never a reader who unsubscribed. */
    public Subscriber resume(String id, Long seenVersion, Subscriber.Details corrected) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Subscriber reader = find(em, id);
            StaleVersionException.unlessCurrent(seenVersion, reader.version());
            if (byEmail(em, corrected.email()).filter(other -> !other.id().equals(id)).isPresent()) {
                throw new ConflictException("email", Text.of("events.subscriber.duplicate-email"));
            }
            reader.resume(corrected);
            scope.audit("subscriber.change", id, Text.of("events.audit.subscriber-changed"));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return reader;
        });
    }

    /** The reader behind an unsubscribe link; nothing for a wrong one. */
    public Optional<Subscriber> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return scope.transaction(em -> em.createQuery("select s from Subscriber s where s.token = :token", Subscriber.class)
                .setParameter("token", token).getResultStream().findFirst());
    }

    /**
     * The reader unsubscribes with their link (no caller): kept with its time, no later edition goes to them, and their
     * address goes on the federation's suppression list, which every email of the platform honours.
     */
    public Optional<Subscriber> unsubscribe(String token) {
        return byToken(token).map(found -> scope.transaction(em -> {
            Subscriber reader = em.find(Subscriber.class, found.id());
            reader.unsubscribe(scope.clock().instant());
            scope.notifications().unsubscribe(reader.email()); // the federation's one suppression list: no email of its own either
            scope.audit("subscriber.unsubscribe", reader.id(), Text.of("events.audit.subscriber-unsubscribed"));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return reader;
        }));
    }

    /** How far back the platform's bounces are read: a little more than a year (the daily work reads them every day). */
    static final java.time.Duration BOUNCES_LOOK_BACK = java.time.Duration.ofDays(400);

    /**
     * Marks bounced every subscribed reader whose address the platform's mail channel found refused for good
     * ({@code Notifications.bounces}) after the reader subscribed and after any bounce already recorded for them, with
     * the time of the bounce and what the mail server said: no edition goes there, and the organisers see why on the
     * readers' list. Work of no caller in particular (the daily work, and the readers' list before it is shown), audited
     * per reader without the address. Run again, it marks nothing more; an archived federation is left as it is.
     *
     * @return how many readers were marked now
     */
    public static int takeBounces(TenantScope scope) {
        List<org.qiaoyun.api.notify.Notifications.Bounce> bounces = scope.notifications()
                .bounces(scope.clock().instant().minus(BOUNCES_LOOK_BACK), 10_000);
        if (bounces.isEmpty()) {
            return 0;
        }
        java.util.Map<String, org.qiaoyun.api.notify.Notifications.Bounce> latest = new java.util.HashMap<>();
        bounces.forEach(b -> latest.merge(b.address().toLowerCase(java.util.Locale.ROOT), b, (x, y) -> y.at().isAfter(x.at()) ? y : x));
        List<String> addresses = List.copyOf(latest.keySet());
        try {
            return scope.transaction(em -> {
                int marked = 0;
                for (int from = 0; from < addresses.size(); from += 500) {
                    List<Subscriber> readers = em.createQuery("select s from Subscriber s where s.standing = :subscribed and s.email in :emails",
                                    Subscriber.class).setParameter("subscribed", Subscriber.Standing.SUBSCRIBED)
                            .setParameter("emails", addresses.subList(from, Math.min(addresses.size(), from + 500))).getResultList();
                    for (Subscriber reader : readers) {
                        org.qiaoyun.api.notify.Notifications.Bounce bounce = latest.get(reader.email());
                        if (bounce.at().isAfter(reader.subscribedAt()) && (reader.bouncedAt() == null || bounce.at().isAfter(reader.bouncedAt()))) {
                            reader.bounced(serversWords(bounce.detail()), bounce.at());
                            scope.audit("subscriber.bounce", reader.id(), Text.of("events.audit.subscriber-bounced-by-mail"));
                            marked++;
                        }
                    }
                }
                if (marked > 0) {
                    em.flush();
                    NewsletterIndicators.recount(scope, em);
                }
                return marked;
            });
        } catch (RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }

    /** What the mail server said, on one line and within the note's length. */
    private static String serversWords(String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        String line = detail.replaceAll("\\s+", " ").strip();
        return line.length() <= Subscriber.NOTE ? line : line.substring(0, Subscriber.NOTE - 1) + "…";
    }

    /**
     * Forgets, in the caller's transaction, the name, country and the mail server's words of the readers who unsubscribed
     * or bounced before {@code before}; their address stays (nothing is sent there again) and so do the counts. How many.
     */
    public static int forgetLeftBefore(EntityManager em, java.time.OffsetDateTime before) {
        return em.createQuery("update Subscriber s set s.name = '', s.country = null, s.bounceNote = null where s.name <> ''"
                        + " and ((s.standing = :unsubscribed and s.unsubscribedAt < :before) or (s.standing = :bounced and s.bouncedAt < :before))")
                .setParameter("unsubscribed", Subscriber.Standing.UNSUBSCRIBED).setParameter("bounced", Subscriber.Standing.BOUNCED)
                .setParameter("before", before).executeUpdate();
    }

    /** What became of one row of an imported sheet. */
    public record RowReport(int row, String email, Outcome outcome, String field, Text problem) {
    }

    public enum Outcome { ADDED, ALREADY_SUBSCRIBED, REFUSED }

    /**
     * Adds the readers of a sheet's rows (name, email, language, kind, country; the first row names the columns), in
     * one transaction, and answers every row: added, already on the list (by address, also twice in the sheet), or
     * refused with the field at fault. Refused rows do not stop the others.
     */
    public List<RowReport> importRows(List<SubscriberSheet.Row> rows) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            List<RowReport> report = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int added = 0;
            for (SubscriberSheet.Row row : rows) {
                Subscriber.Details details;
                try {
                    details = Subscriber.Details.of(row.name(), row.email(), row.language(), row.kind(), row.country());
                } catch (RefusalException refused) {
                    report.add(new RowReport(row.number(), row.email(), Outcome.REFUSED, refused.field(), refused.text()));
                    continue;
                }
                if (!seen.add(details.email()) || byEmail(em, details.email()).isPresent()) {
                    report.add(new RowReport(row.number(), details.email(), Outcome.ALREADY_SUBSCRIBED, "email", null));
                    continue;
                }
                em.persist(new Subscriber(details, scope.clock().instant()));
                added++;
                report.add(new RowReport(row.number(), details.email(), Outcome.ADDED, null, null));
            }
            scope.audit("subscriber.import", "newsletter", Text.of("events.audit.subscribers-imported", added, rows.size()));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return report;
        });
    }

    private static Optional<Subscriber> byEmail(EntityManager em, String email) {
        return em.createQuery("select s from Subscriber s where s.email = :email", Subscriber.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    private static Subscriber find(EntityManager em, String id) {
        Subscriber found = id == null ? null : em.find(Subscriber.class, id);
        if (found == null) {
            throw new UnknownObjectException(Text.of("events.subscriber.unknown"));
        }
        return found;
    }
}
