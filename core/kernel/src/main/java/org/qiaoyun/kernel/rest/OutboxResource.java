package org.qiaoyun.kernel.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tenants/{code}/outbox}: what a federation's platform sends by email, for its admins and those above:
 * waiting, sent, and failed too often ({@code dead}), which they send again.
 */
@Path("v1/tenants/{code}/outbox")
@Tag(name = "outbox", description = "Messages sent by email: their status, and sending a failed one again")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    /** One message by email as an admin sees it (its words are the reader's; an admin sees to whom and how it went). */
    public record OutboxJson(String id, String kind, String channel, String address, String recipient, String status, int attempts,
                             Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

        static OutboxJson of(Message m) {
            return new OutboxJson(m.id(), m.kind(), m.channel(), m.address(), m.recipient(), m.status().name().toLowerCase(Locale.ROOT),
                    m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt());
        }
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listOutbox", summary = "The federation's messages by email, newest first; status pending, sent or dead")
    public Paging<OutboxJson> list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Guard.administered(kernel.tenants(), code);
        Message.Status wanted = status(status);
        List<OutboxJson> items = kernel.outbox().of(code, wanted, page * size, size).stream().map(OutboxJson::of).toList();
        return new Paging<>(items, page, size, kernel.outbox().count(code, wanted));
    }

    @POST
    @Path("{id}/retry")
    @Operation(operationId = "retryOutboxMessage", summary = "Send a dead message again (a fresh round of attempts); audited")
    public OutboxJson retry(@PathParam("id") String id) {
        Guard.administered(kernel.tenants(), code);
        return OutboxJson.of(kernel.outbox().retry(code, id));
    }

    private static Message.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Message.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "kernel.request.outbox-status");
        }
    }
}
