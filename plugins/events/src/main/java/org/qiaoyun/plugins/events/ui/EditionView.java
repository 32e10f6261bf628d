package org.qiaoyun.plugins.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.newsletter.Article;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.Editions;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * One edition of the newsletter: its title, number and date, its articles in order (each with its picture), or the
 * whole edition as a PDF. While it is a draft, organisers and admins write articles, upload pictures or the PDF,
 * change its details and send it, after a confirmation that says how many readers it goes to; once sent it is shown
 * as it went out, with how many it reached.
 */
public class EditionView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final H2 title = new H2();
    final Paragraph details = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout articles = new VerticalLayout();
    final VerticalLayout writing = new VerticalLayout();
    final TextField heading = new TextField();
    final TextArea body = new TextArea();
    final Span refusal = new Span();
    Button send;
    private final transient TenantScope tenant;
    private final transient Editions editions;
    private final Words t;
    private String editionId;

    public EditionView(TenantScope tenant, NewsletterLinks links) {
        this.tenant = tenant;
        this.editions = new Editions(tenant, links);
        this.t = EventWords.of(Words.screenLanguage());
        setId("newsletter-edition");
        details.setId("newsletter-edition-details");
        articles.setId("newsletter-articles");
        articles.setPadding(false);
        writing.setPadding(false);
        refusal.setId("newsletter-upload-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        heading.setLabel(t.get("newsletter.heading"));
        heading.setId("newsletter-article-heading");
        heading.setMaxLength(Article.HEADING);
        heading.setWidthFull();
        body.setLabel(t.get("newsletter.body"));
        body.setId("newsletter-article-body");
        body.setMaxLength(Article.BODY);
        body.setWidthFull();
        add(title, details, actions, articles, writing, refusal);
    }

    /** Where an edition's screen is. */
    public static String route(TenantScope tenant, String editionId) {
        return "t/" + tenant.tenantCode() + "/events/newsletter/edition/" + editionId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(null));
    }

    void open(String id) {
        editionId = id;
        show();
    }

    private void show() {
        Editions.Full full = editions.get(editionId);
        Edition edition = full.edition();
        boolean editing = edition.status() == Edition.Status.DRAFT && Permissions.organises(tenant);
        title.setText(t.get("newsletter.heading-of", edition.number(), edition.title()));
        details.setText(Formats.isoDate(edition.issuedOn()) + " · " + t.of(Text.of("events.edition.status." + edition.status().name()))
                + (edition.status() == Edition.Status.SENT ? " · " + t.get("newsletter.sent-to", Formats.time(edition.sentAt()), edition.recipients()) : ""));
        actions.removeAll();
        if (edition.pdfFile() != null) {
            actions.add(download(edition.pdfFile(), t.get("newsletter.pdf")));
        }
        if (edition.status() == Edition.Status.SENT) {
            actions.add(new Anchor("p/" + tenant.tenantCode() + "/events/newsletter/" + edition.number(), t.get("newsletter.archive")));
        }
        if (editing) {
            Button change = new Button(t.get("newsletter.change"), e -> new EditionForm(t, edition, changed -> {
                editions.change(editionId, edition.version(), changed);
                Attempt.told(t.get("form.saved"));
                show();
            }).open());
            change.setId("newsletter-change");
            send = new Button(t.get("newsletter.send"), e -> Confirm.ask(t, t.get("newsletter.send-question", edition.number()),
                    t.get("newsletter.send-consequence", new Subscribers(tenant).receiving()), t.get("newsletter.send"),
                    () -> {
                        if (Attempt.run(t, () -> editions.send(editionId, edition.version()), t.get("newsletter.sent"))) {
                            show();
                        }
                    }));
            send.setId("newsletter-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(change, upload("newsletter-pdf", t.get("newsletter.upload-pdf"), ".pdf",
                    (name, bytes) -> editions.attachPdf(editionId, name, bytes)), send);
        }
        articles.removeAll();
        for (Article article : full.articles()) {
            articles.add(article(article, editing));
        }
        if (full.articles().isEmpty() && edition.pdfFile() == null) {
            articles.add(new Paragraph(t.get(editing ? "newsletter.no-articles-first" : "newsletter.no-articles")));
        }
        writing.removeAll();
        if (editing) {
            FormErrors form = new FormErrors(t);
            form.required("heading", heading);
            form.required("body", body);
            Button addArticle = new Button(t.get("newsletter.add-article"), e -> {
                if (form.save(() -> editions.addArticle(editionId, heading.getValue(), body.getValue()))) {
                    heading.clear();
                    body.clear();
                    show();
                }
            });
            addArticle.setId("newsletter-add-article");
            writing.add(new H3(t.get("newsletter.new-article")), heading, body, addArticle);
        }
    }

    private Div article(Article article, boolean editing) {
        Div card = new Div(new H3(article.heading()));
        card.setId("newsletter-article-" + article.place());
        for (String paragraph : article.body().split("\\R+")) {
            card.add(new Paragraph(paragraph));
        }
        HorizontalLayout row = new HorizontalLayout();
        if (article.imageFile() != null) {
            row.add(download(article.imageFile(), t.get("newsletter.image")));
        }
        if (editing) {
            row.add(upload("newsletter-image-" + article.place(), t.get("newsletter.upload-image"), ".jpg,.jpeg,.png",
                    (name, bytes) -> editions.attachImage(editionId, article.id(), name, bytes)));
            Button remove = new Button(t.get("newsletter.remove-article"), e -> Confirm.destructive(t,
                    t.get("newsletter.remove-question", article.heading()), null, t.get("newsletter.remove-article"),
                    () -> {
                        if (Attempt.run(t, () -> editions.removeArticle(editionId, article.id()))) {
                            show();
                        }
                    }));
            remove.setId("newsletter-remove-" + article.place());
            row.add(remove);
        }
        card.add(row);
        return card;
    }

    private Anchor download(String fileId, String label) {
        Anchor link = new Anchor(event -> {
            Attachments.Opened opened = editions.file(editionId, fileId); // audited at the moment of reading
            event.setFileName(opened.attachment().fileName());
            event.setContentType(opened.attachment().mediaType());
            event.getOutputStream().write(opened.content());
        }, label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Upload upload(String id, String label, String types, java.util.function.BiConsumer<String, byte[]> keep) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            refusal.setText("");
            try {
                keep.accept(metadata.fileName(), bytes);
                show();
            } catch (RuntimeException e) {
                if (!(e instanceof Refusal)) {
                    throw e;
                }
                refusal.setText(t.of(e));
            }
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(types.split(","));
        upload.setUploadButton(new Button(label));
        upload.setDropAllowed(false);
        return upload;
    }
}
