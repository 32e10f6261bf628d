package org.qiaoyun.plugins.events;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.plugins.events.newsletter.Article;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.Editions;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.newsletter.SubscriberSheet;
import org.qiaoyun.plugins.events.newsletter.Subscribers;

/**
 * {@code .../events/newsletter}: the home-town newsletter (侨刊乡讯). Editions with their articles, an article's
 * picture or the whole edition as a PDF (the file is the request's body), and the send (once); the readers with
 * their addresses (organisers and admins, an audited read), a sheet of readers imported with a report per row, and a
 * bounce recorded. Described in {@code META-INF/openapi/events.yaml}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterResource {

    private final Editions editions;
    private final Subscribers subscribers;

    NewsletterResource(TenantScope scope, NewsletterLinks links) {
        this.editions = new Editions(scope, links);
        this.subscribers = new Subscribers(scope);
    }

    /** An edition as the API shows it (its articles when read one by one). */
    public record EditionJson(String id, String title, int number, LocalDate issuedOn, String status, String pdfFile, Instant sentAt,
                              String sentBy, int recipients, long version, List<ArticleJson> articles) {
        static EditionJson of(Edition e, List<Article> articles) {
            return new EditionJson(e.id(), e.title(), e.number(), e.issuedOn(), Inputs.lower(e.status()), e.pdfFile(), e.sentAt(), e.sentBy(),
                    e.recipients(), e.version(), articles == null ? null : articles.stream().map(ArticleJson::of).toList());
        }
    }

    public record ArticleJson(String id, int place, String heading, String body, String imageFile) {
        static ArticleJson of(Article a) {
            return new ArticleJson(a.id(), a.place(), a.heading(), a.body(), a.imageFile());
        }
    }

    public record FileJson(String id, String fileName, String mediaType, long size) {
        static FileJson of(Attachment a) {
            return new FileJson(a.id(), a.fileName(), a.mediaType(), a.size());
        }
    }

    /** {@code POST editions}, {@code PUT editions/{id}} (with the version), {@code POST editions/{id}/send} (version only). */
    public static class EditionBody {
        public String title;
        public Integer number;
        public String issuedOn;
        public Long version;

        Edition.Details details() {
            return new Edition.Details(title, number, Inputs.date(issuedOn, "issuedOn"));
        }
    }

    public static class ArticleBody {
        public String heading;
        public String body;
    }

    @GET
    @Path("editions")
    public Page<EditionJson> editions(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return editions.page(page, size).map(e -> EditionJson.of(e, null));
    }

    @POST
    @Path("editions")
    public Response plan(EditionBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(EditionJson.of(editions.plan(body.details()), List.of())).build();
    }

    @GET
    @Path("editions/{id}")
    public EditionJson edition(@PathParam("id") String id) {
        Editions.Full full = editions.get(id);
        return EditionJson.of(full.edition(), full.articles());
    }

    @PUT
    @Path("editions/{id}")
    public EditionJson change(@PathParam("id") String id, EditionBody body) {
        Inputs.body(body);
        editions.change(id, Inputs.version(body.version), body.details());
        return edition(id);
    }

    @POST
    @Path("editions/{id}/articles")
    public Response addArticle(@PathParam("id") String id, ArticleBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(ArticleJson.of(editions.addArticle(id, body.heading, body.body))).build();
    }

    @DELETE
    @Path("editions/{id}/articles/{article}")
    public Response removeArticle(@PathParam("id") String id, @PathParam("article") String article) {
        editions.removeArticle(id, article);
        return Response.noContent().build();
    }

    /** The picture is the request's body, as it is (JPEG or PNG); its name comes in {@code name}. */
    @POST
    @Path("editions/{id}/articles/{article}/image")
    @Consumes(MediaType.WILDCARD)
    public Response attachImage(@PathParam("id") String id, @PathParam("article") String article, @QueryParam("name") String name,
                                InputStream body) throws IOException {
        return Response.status(Response.Status.CREATED).entity(FileJson.of(editions.attachImage(id, article, name, read(body)))).build();
    }

    /** The whole edition as a PDF, the request's body as it is; its name comes in {@code name}. */
    @POST
    @Path("editions/{id}/pdf")
    @Consumes(MediaType.WILDCARD)
    public Response attachPdf(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) throws IOException {
        return Response.status(Response.Status.CREATED).entity(FileJson.of(editions.attachPdf(id, name, read(body)))).build();
    }

    @GET
    @Path("editions/{id}/files/{file}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id, @PathParam("file") String file) {
        Attachments.Opened opened = editions.file(id, file);
        String name = URLEncoder.encode(opened.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(opened.content(), opened.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Sends the edition to every subscribed reader, once; a second send is 409. */
    @POST
    @Path("editions/{id}/send")
    public EditionJson send(@PathParam("id") String id, EditionBody body) {
        Inputs.body(body);
        editions.send(id, Inputs.version(body.version));
        return edition(id);
    }

    /** A reader as organisers see them (the unsubscribe token is the reader's own: never shown). */
    public record SubscriberJson(String id, String name, String email, String language, String kind, String country, String standing,
                                 Instant subscribedAt, Instant unsubscribedAt, Instant bouncedAt, String bounceNote, long version) {
        static SubscriberJson of(Subscriber s) {
            return new SubscriberJson(s.id(), s.name(), s.email(), s.language(), Inputs.lower(s.kind()), s.country(), Inputs.lower(s.standing()),
                    s.subscribedAt(), s.unsubscribedAt(), s.bouncedAt(), s.bounceNote(), s.version());
        }
    }

    /** {@code POST subscribers} and {@code PUT subscribers/{id}} (with the version). */
    public static class SubscriberBody {
        public String name;
        public String email;
        public String language;
        public String kind;
        public String country;
        public Long version;

        Subscriber.Details details() {
            return Subscriber.Details.of(name, email, language, kind, country);
        }
    }

    public static class BounceBody {
        public String note;
    }

    /** One row of an imported sheet: added, already on the list, or refused with the field at fault and why. */
    public record RowJson(int row, String email, String outcome, String field, String problem) {
    }

    @GET
    @Path("subscribers")
    public Page<SubscriberJson> subscribers(@QueryParam("search") String search, @QueryParam("standing") String standing,
                                            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        subscribers.markBounced();
        return subscribers.page(new Subscribers.Search(search, Inputs.choice(Subscriber.Standing.class, standing, "standing")), page, size)
                .map(SubscriberJson::of);
    }

    @POST
    @Path("subscribers")
    public Response subscribe(SubscriberBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(SubscriberJson.of(subscribers.add(body.details()))).build();
    }

    @PUT
    @Path("subscribers/{id}")
    public SubscriberJson change(@PathParam("id") String id, SubscriberBody body) {
        Inputs.body(body);
        return SubscriberJson.of(subscribers.resume(id, Inputs.version(body.version), body.details()));
    }

    @POST
    @Path("subscribers/{id}/bounce")
    public SubscriberJson bounce(@PathParam("id") String id, BounceBody body) {
        return SubscriberJson.of(subscribers.bounced(id, body == null ? null : body.note));
    }

    /** A sheet of readers ({@code .xlsx}) as the request's body; the answer says what became of every row. */
    @POST
    @Path("subscribers/import")
    @Consumes(MediaType.WILDCARD)
    public List<RowJson> importSheet(InputStream body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) throws IOException {
        java.util.Locale locale = org.qiaoyun.api.Text.languageOf(headers.getAcceptableLanguages());
        return subscribers.importRows(SubscriberSheet.read(read(body))).stream()
                .map(r -> new RowJson(r.row(), r.email(), Inputs.lower(r.outcome()), r.field(),
                        r.problem() == null ? null : r.problem().in(locale, NewsletterResource.class.getClassLoader())))
                .toList();
    }

    /** Reads one byte past the limit at most: a larger file is refused without being held in memory whole. */
    private static byte[] read(InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readNBytes((int) Attachments.MAX_BYTES + 1);
    }
}
