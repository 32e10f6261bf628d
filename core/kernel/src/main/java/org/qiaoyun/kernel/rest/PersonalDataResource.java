package org.qiaoyun.kernel.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.rights.CopyPage;
import org.qiaoyun.kernel.rights.PeoplesData;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/tenants/{code}/personal-data}: a person's rights over their data (PIPL arts. 44-47), for the
 * federation's own admins. The person is named in the body (a document number, a phone, an email), never in the
 * address, so that it stays out of logs: {@code search} lists what the modules keep, {@code copy} gives it as the
 * copy handed to the person (JSON, or with {@code "format": "html"} a page to print), {@code correct} corrects the
 * fields a module lets be corrected on one record (on the version read: 409 when it changed since), {@code erase}
 * erases one record's personal details. Each is audited without the person's details. {@code retention} lists how long
 * the federation keeps each kind of record its modules keep people in, and sets a period (in months, within the kind's
 * bounds); what is past it is erased by the daily work.
 */
@Path("v1/tenants/{code}/personal-data")
@Tag(name = "personal-data", description = "People's rights over their data: what is kept about a person, a copy for them, correction, erasure, keeping periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    /** Whom the request is about, and for {@code erase} which record; for {@code copy} the format. */
    public static class PersonBody {
        public String documentNumber;
        public String phone;
        public String email;
        public String module;
        public String record;
        /** {@code json} (the default) or {@code html}. */
        public String format;
        /** For {@code correct}: the record's version as search gave it. */
        public Long version;
        /** For {@code correct}: the new values by the names search gave as correctable (blank: nothing kept). */
        public Map<String, String> values;
    }

    /** One field as the reader reads it. */
    public record FieldJson(String label, String value) {
    }

    /** A field the module corrects on this record: its name in {@code values}, its label, its value now. */
    public record CorrectableJson(String name, String label, String value) {
    }

    /** One record about the person, with its version and the fields {@code correct} takes. */
    public record RecordJson(String module, String id, String kind, List<FieldJson> fields, long version,
                             List<CorrectableJson> correctable) {
    }

    /** A keeping period: a module's kind of record, what the period runs from, its months and bounds. */
    public record PeriodJson(String module, String kind, String name, String from, int months, boolean byDefault, int defaultMonths,
                             int leastMonths, int mostMonths) {
    }

    /** A keeping period to set, in months. */
    public static class PeriodBody {
        public Integer months;
    }

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @POST
    @Path("search")
    @Operation(operationId = "searchPersonalData", summary = "What the federation's modules keep about a person, found by document"
            + " number, phone or email")
    public List<RecordJson> search(PersonBody body) {
        return json(kernel.peoplesData().find(code, person(body)));
    }

    @POST
    @Path("copy")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "copyPersonalData", summary = "The copy of a person's data to hand them: JSON, or a page to print"
            + " (format html)")
    public Response copy(PersonBody body) {
        PersonalData.Person person = person(body);
        String format = body.format == null || body.format.isBlank() ? "json" : body.format.strip();
        if (!format.equals("json") && !format.equals("html")) {
            throw new InvalidRequestException("format", "kernel.rights.format");
        }
        List<PeoplesData.Found> found = kernel.peoplesData().copy(code, person);
        if (format.equals("json")) {
            return Response.ok(json(found), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"personal-data.json\"").build();
        }
        var names = kernel.tenants().require(code).names();
        Locale language = language();
        return Response.ok(CopyPage.html(found, kernel.texts(), language, Texts.isEnglish(language) ? names.en() : names.zh()),
                        MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"personal-data.html\"").build();
    }

    @POST
    @Path("erase")
    @Operation(operationId = "erasePersonalData", summary = "Erase the personal details of one of the person's records (module and"
            + " record as search gave them)")
    public Response erase(PersonBody body) {
        PersonalData.Person person = person(body);
        requireRecord(body);
        kernel.peoplesData().erase(code, person, body.module.strip(), body.record.strip());
        return Response.noContent().build();
    }

    @POST
    @Path("correct")
    @Operation(operationId = "correctPersonalData", summary = "Correct fields of one of the person's records (module, record,"
            + " version and the correctable fields as search gave them, new values in values)")
    public Response correct(PersonBody body) {
        PersonalData.Person person = person(body);
        requireRecord(body);
        if (body.version == null) {
            throw new InvalidRequestException("version", "kernel.rights.version");
        }
        if (body.values == null || body.values.isEmpty()) {
            throw new InvalidRequestException("values", "kernel.rights.values");
        }
        kernel.peoplesData().correct(code, person, body.module.strip(),
                new PersonalData.Correction(body.record.strip(), body.version, body.values));
        return Response.noContent().build();
    }

    @GET
    @Path("retention")
    @Operation(operationId = "listRetentionPeriods", summary = "How long the federation keeps each kind of record its modules keep"
            + " people's details in, before they are erased")
    public List<PeriodJson> retention() {
        return kernel.retentionPeriods().of(code).stream().map(this::json).toList();
    }

    @PUT
    @Path("retention/{module}/{kind}")
    @Operation(operationId = "setRetentionPeriod", summary = "Set how many months the federation keeps a kind of record (within"
            + " the kind's bounds)")
    public PeriodJson setRetention(@PathParam("module") String module, @PathParam("kind") String kind, PeriodBody body) {
        if (body == null || body.months == null) {
            throw new InvalidRequestException("months", "kernel.retention.months-required");
        }
        return json(kernel.retentionPeriods().set(code, module, kind, body.months));
    }

    private PeriodJson json(org.qiaoyun.kernel.rights.RetentionPeriods.Period period) {
        Locale language = language();
        var kind = period.kind();
        return new PeriodJson(period.moduleId(), kind.code(), kernel.texts().render(kind.name(), language),
                kernel.texts().render(kind.from(), language), period.months(), period.byDefault(), kind.defaultMonths(), kind.leastMonths(),
                kind.mostMonths());
    }

    /** The body names a record: its module and its id, as search gave them. */
    private static void requireRecord(PersonBody body) {
        if (body.module == null || body.module.isBlank()) {
            throw new InvalidRequestException("module", "kernel.rights.module");
        }
        if (body.record == null || body.record.isBlank()) {
            throw new InvalidRequestException("record", "kernel.rights.record");
        }
    }

    private static PersonalData.Person person(PersonBody body) {
        if (body == null) {
            throw new InvalidRequestException("person", "kernel.rights.person");
        }
        return new PersonalData.Person(body.documentNumber, body.phone, body.email);
    }

    private List<RecordJson> json(List<PeoplesData.Found> found) {
        Locale language = language();
        Texts texts = kernel.texts();
        return found.stream().flatMap(f -> f.records().stream().map(r -> new RecordJson(f.moduleId(), r.recordId(),
                texts.render(r.kind(), language), r.fields().stream().map(field -> new FieldJson(texts.render(field.label(), language),
                        CopyPage.value(field, texts, language))).toList(), r.version(),
                r.correctable().stream().map(c -> new CorrectableJson(c.name(), texts.render(c.label(), language), c.value())).toList())))
                .toList();
    }

    private Locale language() {
        return Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
