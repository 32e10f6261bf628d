package org.qiaoyun.plugins.events.newsletter;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.api.files.FileType;
import org.qiaoyun.plugins.events.Permissions;

/**
 * The newsletter's editions, for every way in: organisers and admins draft an edition, write its articles (with an
 * image each) or upload it as a PDF, and send it; organisers, admins and viewers read the editions; anyone reads the
 * sent ones in the public archive. Sending takes the edition's row lock and its status together, so an edition sent
 * twice, at once or later, goes out once: each reader subscribed at that moment gets one email in their language,
 * written to the platform's outbox in the same transaction (nothing is sent if the send fails).
 */
public final class Editions {

    /** The most articles an edition holds. */
    public static final int MOST_ARTICLES = 30;

    private final TenantScope scope;
    private final NewsletterLinks links;

    public Editions(TenantScope scope, NewsletterLinks links) {
        this.scope = scope;
        this.links = links;
    }

    /** An edition and its articles in order. */
    public record Full(Edition edition, List<Article> articles) {
    }

    public Edition plan(Edition.Details details) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            requireFreeNumber(em, details.number(), null);
            Edition edition = new Edition(details, scope.clock().instant());
            em.persist(edition);
            scope.audit("edition.plan", edition.id(), Text.of("events.audit.edition-planned", Integer.toString(edition.number()), edition.title()));
            return edition;
        });
    }

    public Edition change(String id, Long seenVersion, Edition.Details details) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Edition edition = find(em, id);
            StaleVersionException.unlessCurrent(seenVersion, edition.version());
            requireFreeNumber(em, details.number(), id);
            edition.change(details);
            scope.audit("edition.change", id, Text.of("events.audit.edition-changed", Integer.toString(edition.number()), edition.title()));
            return edition;
        });
    }

    /** The editions, newest number first: organisers, admins and viewers. */
    public Page<Edition> page(int page, int size) {
        requireReader();
        Page.requireValid(page, size);
        return new Page<>(rows(Page.firstRow(page, size), size), page, size, count());
    }

    /** {@code max} editions from row {@code first} on, newest number first: for a screen's grid, which asks by offset. */
    public List<Edition> rows(int first, int max) {
        requireReader();
        return scope.transaction(em -> em.createQuery("select e from Edition e order by e.number desc, e.id", Edition.class)
                .setFirstResult(first).setMaxResults(Math.min(max, Page.MAX_SIZE)).getResultList());
    }

    public long count() {
        requireReader();
        return scope.transaction(em -> em.createQuery("select count(e) from Edition e", Long.class).getSingleResult());
    }

    public Full get(String id) {
        requireReader();
        return scope.transaction(em -> new Full(find(em, id), articles(em, id)));
    }

    public Article addArticle(String id, String heading, String body) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Edition edition = em.find(Edition.class, id == null ? "" : id, LockModeType.PESSIMISTIC_WRITE);
            if (edition == null) {
                throw new UnknownObjectException(Text.of("events.edition.unknown"));
            }
            edition.requireDraft();
            List<Article> articles = articles(em, id);
            if (articles.size() >= MOST_ARTICLES) {
                throw new InvalidInputException("articles", Text.of("events.edition.too-many-articles", MOST_ARTICLES));
            }
            Article article = new Article(id, articles.isEmpty() ? 1 : articles.get(articles.size() - 1).place() + 1, heading, body);
            em.persist(article);
            scope.audit("edition.article", id, Text.of("events.audit.article-added", Integer.toString(edition.number()), article.heading()));
            return article;
        });
    }

    public void removeArticle(String id, String articleId) {
        Permissions.requireOrganiser(scope);
        scope.transaction(em -> {
            find(em, id).requireDraft();
            Article article = article(em, id, articleId);
            if (article.imageFile() != null) {
                scope.files().remove(article.imageFile());
            }
            em.remove(article);
            scope.audit("edition.article-remove", id, Text.of("events.audit.article-removed", article.heading()));
            return null;
        });
    }

    /** The edition as one PDF (in place of or beside its articles); a second upload replaces the first. */
    public Attachment attachPdf(String id, String fileName, byte[] content) {
        Permissions.requireOrganiser(scope);
        if (FileType.of(content == null ? new byte[0] : content).filter(type -> type == FileType.PDF).isEmpty()) {
            throw new InvalidInputException("file", Text.of("events.edition.pdf-only"));
        }
        return scope.transaction(em -> {
            Edition edition = find(em, id);
            edition.requireDraft();
            Attachment kept = scope.files().attach(record(id), fileName, content);
            if (edition.pdfFile() != null) {
                scope.files().remove(edition.pdfFile());
            }
            edition.pdf(kept.id());
            return kept;
        });
    }

    /** An article's picture (JPEG or PNG); a second one replaces the first. */
    public Attachment attachImage(String id, String articleId, String fileName, byte[] content) {
        Permissions.requireOrganiser(scope);
        if (FileType.of(content == null ? new byte[0] : content).filter(type -> type == FileType.JPEG || type == FileType.PNG).isEmpty()) {
            throw new InvalidInputException("file", Text.of("events.edition.image-only"));
        }
        return scope.transaction(em -> {
            find(em, id).requireDraft();
            Article article = article(em, id, articleId);
            Attachment kept = scope.files().attach(record(id), fileName, content);
            if (article.imageFile() != null) {
                scope.files().remove(article.imageFile());
            }
            article.image(kept.id());
            return kept;
        });
    }

    /** A file of an edition (its PDF, an article's image): staff always; anyone once the edition is sent (the archive). */
    public Attachments.Opened file(String id, String fileId) {
        return scope.transaction(em -> {
            Edition edition = find(em, id);
            if (edition.status() != Edition.Status.SENT) {
                requireReader();
            }
            boolean ofIt = fileId != null && (fileId.equals(edition.pdfFile())
                    || articles(em, id).stream().anyMatch(a -> fileId.equals(a.imageFile())));
            if (!ofIt) {
                throw new UnknownObjectException(Text.of("platform.file.unknown"));
            }
            return scope.files().open(fileId);
        });
    }

    /**
     * Sends the edition to every reader subscribed now whose address is not on the federation's suppression list, once: the row lock makes a second send wait for the first and
     * then find it sent (409 with the time it went). An edition with neither articles nor a PDF is not sent (400).
     */
    public Edition send(String id, Long seenVersion) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Edition edition = em.find(Edition.class, id == null ? "" : id, LockModeType.PESSIMISTIC_WRITE);
            if (edition == null) {
                throw new UnknownObjectException(Text.of("events.edition.unknown"));
            }
            edition.requireDraft();
            StaleVersionException.unlessCurrent(seenVersion, edition.version());
            List<Article> articles = articles(em, id);
            if (articles.isEmpty() && edition.pdfFile() == null) {
                throw new InvalidInputException("articles", Text.of("events.edition.empty"));
            }
            List<Subscriber> readers = em.createQuery("select s from Subscriber s where s.standing = :subscribed order by s.subscribedAt, s.id",
                    Subscriber.class).setParameter("subscribed", Subscriber.Standing.SUBSCRIBED).getResultList().stream()
                    // the federation's suppression list (unsubscribed by any link, or bounced): not mailed, not counted
                    .filter(reader -> !scope.notifications().isSuppressed(reader.email())).toList();
            var now = scope.clock().instant();
            for (Subscriber reader : readers) {
                em.persist(new Delivery(id, reader.id(), now));
                scope.notifications().email(reader.email(), reader.locale(), "events.newsletter", scope.tenantName(), edition.title(),
                        Integer.toString(edition.number()), edition.issuedOn().toString(), NewsletterText.of(articles, edition.pdfFile() != null, reader.locale()),
                        links.edition(scope.tenantCode(), edition.number()), links.unsubscribe(scope.tenantCode(), reader.token()));
            }
            edition.sent(Permissions.caller(scope), readers.size(), now);
            scope.audit("edition.send", id, Text.of("events.audit.edition-sent", Integer.toString(edition.number()), edition.title(), readers.size()));
            em.flush();
            NewsletterIndicators.recount(scope, em);
            return edition;
        });
    }

    /** The sent editions, newest first, for the public archive. */
    public List<Edition> archive(int most) {
        return scope.transaction(em -> em.createQuery("select e from Edition e where e.status = :sent order by e.number desc", Edition.class)
                .setParameter("sent", Edition.Status.SENT).setMaxResults(most).getResultList());
    }

    /** A sent edition by its number, with its articles, for the public archive; nothing for a draft or a wrong number. */
    public Optional<Full> sent(int number) {
        return scope.transaction(em -> em.createQuery("select e from Edition e where e.number = :number and e.status = :sent", Edition.class)
                .setParameter("number", number).setParameter("sent", Edition.Status.SENT).getResultStream().findFirst()
                .map(e -> new Full(e, articles(em, e.id()))));
    }

    private void requireReader() {
        if (!Permissions.readsAll(scope)) {
            throw new org.qiaoyun.api.PermissionDeniedException(Text.of("events.role.organiser"));
        }
    }

    private void requireFreeNumber(EntityManager em, int number, String except) {
        boolean taken = em.createQuery("select e.id from Edition e where e.number = :number", String.class).setParameter("number", number)
                .getResultStream().anyMatch(other -> !other.equals(except));
        if (taken) {
            throw new ConflictException("number", Text.of("events.edition.number-taken", number));
        }
    }

    private static List<Article> articles(EntityManager em, String editionId) {
        return em.createQuery("select a from Article a where a.editionId = :edition order by a.place", Article.class)
                .setParameter("edition", editionId).getResultList();
    }

    private static Edition find(EntityManager em, String id) {
        Edition found = id == null ? null : em.find(Edition.class, id);
        if (found == null) {
            throw new UnknownObjectException(Text.of("events.edition.unknown"));
        }
        return found;
    }

    private static Article article(EntityManager em, String editionId, String articleId) {
        Article found = articleId == null ? null : em.find(Article.class, articleId);
        if (found == null || !found.editionId().equals(editionId)) {
            throw new UnknownObjectException(Text.of("events.article.unknown"));
        }
        return found;
    }

    private static String record(String editionId) {
        return "edition/" + editionId;
    }
}
