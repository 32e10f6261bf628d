package org.qiaoyun.plugins.events.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.Html;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.ChinaTime;

/**
 * The newsletter's public pages (light HTML, no account): {@code newsletter/} lists the editions sent, newest first;
 * {@code newsletter/<number>} shows one with its articles and their pictures ({@code newsletter/<number>/image/<file>}),
 * and {@code newsletter/<number>/edition.pdf} its PDF, when it is one; {@code newsletter/unsubscribe/<token>} asks a reader to
 * confirm (a GET changes nothing: mail scanners open links) and a POST there unsubscribes them. Drafts, wrong
 * numbers and wrong tokens answer the platform's one 404.
 */
public final class NewsletterPages {

    /** The archive lists this many editions at most. */
    static final int ARCHIVE = 200;

    /** Answers {@code path} (the segments after {@code newsletter}). */
    public PublicPage answer(PublicRequest request, List<String> path) {
        Locale language = request.english() ? Text.ENGLISH : Text.CHINESE;
        if (path.isEmpty() && !request.posted()) {
            return archive(request, language);
        }
        if (path.size() == 1 && !request.posted() && path.get(0).matches("[0-9]{1,6}")) {
            return edition(request, Integer.parseInt(path.get(0)), language);
        }
        if (path.size() == 2 && !request.posted() && path.get(0).matches("[0-9]{1,6}") && path.get(1).equals("edition.pdf")) {
            return pdf(request, Integer.parseInt(path.get(0)));
        }
        if (path.size() == 3 && !request.posted() && path.get(0).matches("[0-9]{1,6}") && path.get(1).equals("image")) {
            return image(request, Integer.parseInt(path.get(0)), path.get(2));
        }
        if (path.size() == 2 && path.get(0).equals("unsubscribe")) {
            return request.posted() ? unsubscribe(request, path.get(1)) : askToUnsubscribe(request, path.get(1), language);
        }
        return PublicPage.notFound();
    }

    private PublicPage archive(PublicRequest request, Locale language) {
        String title = t(language, "events.newsletter.archive-title", request.tenant().tenantName());
        List<Html> parts = new ArrayList<>(List.of(Html.heading(title)));
        List<Edition> sent = new Editions(request.tenant(), null).archive(ARCHIVE);
        if (sent.isEmpty()) {
            parts.add(Html.paragraph(t(language, "events.newsletter.archive-none")));
        }
        for (Edition edition : sent) {
            parts.add(Html.link("newsletter/" + edition.number(),
                    t(language, "events.newsletter.edition-line", Integer.toString(edition.number()), edition.title(), edition.issuedOn().toString())));
        }
        return PublicPage.of(title, Html.of(parts.toArray(Html[]::new)));
    }

    private PublicPage edition(PublicRequest request, int number, Locale language) {
        var found = new Editions(request.tenant(), null).sent(number);
        if (found.isEmpty()) {
            return PublicPage.notFound();
        }
        Edition edition = found.get().edition();
        String title = t(language, "events.newsletter.edition-heading", Integer.toString(edition.number()), edition.title());
        List<Html> parts = new ArrayList<>(List.of(Html.heading(title),
                Html.paragraph(t(language, "events.newsletter.issued", edition.issuedOn().toString()))));
        for (Article article : found.get().articles()) {
            parts.add(Html.subheading(article.heading()));
            if (article.imageFile() != null) {
                parts.add(Html.image("newsletter/" + edition.number() + "/image/" + article.imageFile(),
                        t(language, "events.newsletter.image", article.heading())));
            }
            for (String paragraph : article.body().split("\\R+")) {
                if (!paragraph.isBlank()) {
                    parts.add(Html.paragraph(paragraph.strip()));
                }
            }
        }
        if (edition.pdfFile() != null) {
            parts.add(Html.link("newsletter/" + edition.number() + "/edition.pdf", t(language, "events.newsletter.pdf")));
        }
        parts.add(Html.link("newsletter/", t(language, "events.newsletter.back")));
        return PublicPage.of(title, Html.of(parts.toArray(Html[]::new)));
    }

    /** A sent edition's PDF (the reading audited by the platform); nothing for a draft or an edition without one. */
    private PublicPage pdf(PublicRequest request, int number) {
        Editions editions = new Editions(request.tenant(), null);
        return editions.sent(number).filter(full -> full.edition().pdfFile() != null)
                .map(full -> PublicPage.file(PublicPage.FileKind.PDF, "edition-" + number + ".pdf",
                        editions.file(full.edition().id(), full.edition().pdfFile()).content()))
                .orElse(PublicPage.notFound());
    }

    /** An article's picture of a sent edition; nothing for a draft's, another edition's or an unknown file. */
    private PublicPage image(PublicRequest request, int number, String fileId) {
        Editions editions = new Editions(request.tenant(), null);
        return editions.sent(number).filter(full -> full.articles().stream().anyMatch(a -> fileId.equals(a.imageFile())))
                .map(full -> {
                    byte[] content = editions.file(full.edition().id(), fileId).content();
                    boolean png = org.qiaoyun.api.files.FileType.of(content).filter(t -> t == org.qiaoyun.api.files.FileType.PNG).isPresent();
                    return PublicPage.file(png ? PublicPage.FileKind.PNG : PublicPage.FileKind.JPEG,
                            "picture." + (png ? "png" : "jpg"), content);
                })
                .orElse(PublicPage.notFound());
    }

    private PublicPage askToUnsubscribe(PublicRequest request, String token, Locale language) {
        var found = new Subscribers(request.tenant()).byToken(token);
        if (found.isEmpty()) {
            return PublicPage.notFound();
        }
        Subscriber reader = found.get();
        String title = t(language, "events.newsletter.unsubscribe-title");
        String federation = request.tenant().tenantName();
        Html body = reader.standing() == Subscriber.Standing.UNSUBSCRIBED
                ? Html.of(Html.heading(title), Html.paragraph(t(language, "events.newsletter.unsubscribed", federation)))
                : Html.of(Html.heading(title), Html.paragraph(t(language, "events.newsletter.unsubscribe-ask", reader.name(), federation,
                        masked(reader.email()))), Html.form("newsletter/unsubscribe/" + token, t(language, "events.newsletter.unsubscribe-button")));
        return PublicPage.of(title, Html.of(body, Html.link("newsletter/", t(language, "events.newsletter.back"))));
    }

    private PublicPage unsubscribe(PublicRequest request, String token) {
        return new Subscribers(request.tenant()).unsubscribe(token).isPresent()
                ? PublicPage.redirect("newsletter/unsubscribe/" + token) : PublicPage.notFound();
    }

    /** An address shown on a public page: enough for its owner to know it, not for anyone else to read it. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String t(Locale language, String code, Object... arguments) {
        return Text.of(code, arguments).in(language, NewsletterPages.class.getClassLoader());
    }
}
