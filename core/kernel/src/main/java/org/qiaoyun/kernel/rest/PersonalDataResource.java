package org.qiaoyun.kernel.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.rights.PeoplesData;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/tenants/{code}/personal-data}: a person's rights over their data (PIPL arts. 44-47), for the
 * federation's own admins. The person is named in the body (a document number, a phone, an email), never in the
 * address, so that it stays out of logs: {@code search} lists what the modules keep, {@code copy} gives it as the
 * copy handed to the person (JSON, or with {@code "format": "html"} a page to print), {@code correct} corrects the
 * fields a module lets be corrected on one record (on the version read: 409 when it changed since), {@code erase}
 * erases one record's personal details. Each is audited without the person's details.
 */
@Path("v1/tenants/{code}/personal-data")
@Tag(name = "personal-data", description = "People's rights over their data: what is kept about a person, a copy for them, correction, erasure")
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
        List<RecordJson> records = json(kernel.peoplesData().copy(code, person));
        if (format.equals("json")) {
            return Response.ok(records, MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"personal-data.json\"").build();
        }
        return Response.ok(html(records), MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"personal-data.html\"").build();
    }

    @POST
    @Path("erase")
    @Operation(operationId = "erasePersonalData", summary = "Erase the personal details of one of the person's records (module and"
            + " record as search gave them)")
    public Response erase(PersonBody body) {
        PersonalData.Person person = person(body);
        if (body.module == null || body.module.isBlank()) {
            throw new InvalidRequestException("module", "kernel.rights.module");
        }
        if (body.record == null || body.record.isBlank()) {
            throw new InvalidRequestException("record", "kernel.rights.record");
        }
        kernel.peoplesData().erase(code, person, body.module.strip(), body.record.strip());
        return Response.noContent().build();
    }

    @POST
    @Path("correct")
    @Operation(operationId = "correctPersonalData", summary = "Correct fields of one of the person's records (module, record,"
            + " version and the correctable fields as search gave them, new values in values)")
    public Response correct(PersonBody body) {
        PersonalData.Person person = person(body);
        if (body.module == null || body.module.isBlank()) {
            throw new InvalidRequestException("module", "kernel.rights.module");
        }
        if (body.record == null || body.record.isBlank()) {
            throw new InvalidRequestException("record", "kernel.rights.record");
        }
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
                        field.coded() == null ? field.value() : texts.render(field.coded(), language))).toList(), r.version(),
                r.correctable().stream().map(c -> new CorrectableJson(c.name(), texts.render(c.label(), language), c.value())).toList())))
                .toList();
    }

    /** The copy as a page to print or hand over: the federation's name, then each record's fields. */
    private String html(List<RecordJson> records) {
        Locale language = language();
        boolean english = Texts.isEnglish(language);
        var names = kernel.tenants().require(code).names();
        String title = kernel.texts().render(Text.of("kernel.rights.copy-title", english ? names.en() : names.zh()), language);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"").append(english ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title></head><body><h1>")
                .append(escape(title)).append("</h1>");
        if (records.isEmpty()) {
            page.append("<p>").append(escape(kernel.texts().render(Text.of("kernel.rights.none"), language))).append("</p>");
        }
        for (RecordJson record : records) {
            page.append("<h2>").append(escape(record.kind())).append("</h2><table>");
            for (FieldJson field : record.fields()) {
                page.append("<tr><th>").append(escape(field.label())).append("</th><td>").append(escape(field.value())).append("</td></tr>");
            }
            page.append("</table>");
        }
        return page.append("</body></html>").toString();
    }

    private Locale language() {
        return Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
