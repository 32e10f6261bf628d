package org.qiaoyun.kernel.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditQuery;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/tenants/{code}/audit}: the audit log of a federation, or of it and every federation below
 * ({@code subtree=true}), newest first, a page at a time, as the audit screen shows it: actions named in the
 * language of {@code Accept-Language}, and of a descendant's module entries what was done to which record, by
 * whom and when, never the summary. Read by the federation's admins and the admins above.
 */
@Path("v1/tenants/{code}/audit")
@Tag(name = "audit", description = "The audit log of a federation or of its whole subtree, for admins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One entry; {@code summary} is absent where the reader may not see it. */
    public record EntryJson(String id, String tenant, Instant at, String actor, String action, String actionName, String object,
                            String summary) {
    }

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The federation's audit entries (with subtree=true those of every"
            + " federation below it too), newest first, filtered by user, action (or its prefix such as login.) and days")
    public Paging<EntryJson> list(
            @Parameter(description = "true: the federation and every federation below it") @QueryParam("subtree") String subtree,
            @Parameter(description = "only this user's entries") @QueryParam("actor") String actor,
            @Parameter(description = "an action or the start of one, e.g. login. or aid.case.") @QueryParam("action") String action,
            @Parameter(description = "first day, e.g. 2026-11-01 (Beijing time)") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-11-30 (Beijing time)") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidRequestException("to", "kernel.request.audit-days");
        }
        AuditQuery query = new AuditQuery(code, actor, action, first == null ? null : first.atStartOfDay(CHINA).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(CHINA).toInstant(), whole(subtree));
        Locale language = Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
        List<EntryJson> items = kernel.audit().search(query, page * size, size).stream().map(e -> json(e, language)).toList();
        return new Paging<>(items, page, size, kernel.audit().count(query));
    }

    private EntryJson json(AuditEntry entry, Locale language) {
        return new EntryJson(entry.id(), entry.tenantCode(), entry.at(), entry.actor(), entry.action(),
                kernel.texts().actionName(entry.action(), language), entry.object(),
                entry.summary() == null ? null : kernel.texts().kept(entry.summary(), language));
    }

    /** {@code subtree} strictly: true or false, nothing else taken for either. */
    private static boolean whole(String subtree) {
        if (subtree == null || subtree.isBlank() || subtree.equals("false")) {
            return false;
        }
        if (subtree.equals("true")) {
            return true;
        }
        throw new InvalidRequestException("subtree", "kernel.request.audit-subtree");
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, "kernel.request.audit-day", value);
        }
    }
}
