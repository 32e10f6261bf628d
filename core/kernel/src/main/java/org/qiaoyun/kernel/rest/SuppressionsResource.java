package org.qiaoyun.kernel.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.Suppression;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tenants/{code}/suppressions}: the addresses a federation does not mail (unsubscribed, or bounced for
 * good), for its admins and those above: paged, searched by part of the address, and one taken off the list (audited
 * without the address). Viewers and everyone else: 403 or 404 as for any admin's resource.
 */
@Path("v1/tenants/{code}/suppressions")
@Tag(name = "suppressions", description = "The federation's suppression list: addresses that unsubscribed or bounced")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SuppressionsResource {

    /** One address on the list: why ({@code unsubscribed} or {@code bounced}), the server's words for a bounce, since when. */
    public record SuppressionJson(String address, String reason, String detail, Instant since) {

        static SuppressionJson of(Suppression s) {
            return new SuppressionJson(s.address(), s.reason().name().toLowerCase(Locale.ROOT), s.detail(), s.since());
        }
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listSuppressions", summary = "The addresses the federation does not mail, newest first; q: part of the address")
    public Paging<SuppressionJson> list(@QueryParam("q") String search, @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Guard.administered(kernel.tenants(), code);
        List<SuppressionJson> items = kernel.suppressions().of(code, search, page * size, size).stream().map(SuppressionJson::of).toList();
        return new Paging<>(items, page, size, kernel.suppressions().count(code, search));
    }

    @DELETE
    @Path("{address}")
    @APIResponse(responseCode = "204", description = "taken off the list")
    @Operation(operationId = "liftSuppression", summary = "Mail an address again (its owner asked): taken off the list; audited without the address")
    public Response lift(@PathParam("address") String address) {
        Guard.administered(kernel.tenants(), code);
        if (!kernel.suppressions().lift(code, address)) {
            throw new org.qiaoyun.api.UnknownObjectException(org.qiaoyun.api.Text.of("kernel.notify.suppression.unknown"));
        }
        return Response.noContent().build();
    }
}
