package org.qiaoyun.kernel.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/messages}: the caller's own messages, the bell of an app, in the language of
 * {@code Accept-Language}. Nobody reads another's messages.
 */
@Path("v1/messages")
@Tag(name = "messages", description = "The caller's own messages (what the platform told them) and marking them read")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    /** One message as its reader sees it. */
    public record MessageJson(String id, String kind, String subject, String body, Instant createdAt, boolean read) {
    }

    /** How many of the caller's messages are unread. */
    public record Unread(long unread) {
    }

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyMessages", summary = "The caller's latest messages, newest first (at most 200)")
    public List<MessageJson> list(@QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(0, size);
        Guard.caller();
        Locale language = Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
        return kernel.inbox().latest(size).stream().map(m -> new MessageJson(m.id(), m.kind(), kernel.notifier().subject(m, language),
                kernel.notifier().body(m, language), m.createdAt(), m.isRead())).toList();
    }

    @GET
    @Path("unread")
    @Operation(operationId = "countMyUnreadMessages", summary = "How many of the caller's messages are unread")
    public Unread unread() {
        Guard.caller();
        return new Unread(kernel.inbox().unread());
    }

    @PUT
    @Path("{id}/read")
    @Operation(operationId = "markMyMessageRead", summary = "Mark one of the caller's messages read; another's is not found")
    public Unread markRead(@PathParam("id") String id) {
        Guard.caller();
        kernel.inbox().markRead(id);
        return new Unread(kernel.inbox().unread());
    }

    @PUT
    @Path("read")
    @Operation(operationId = "markAllMyMessagesRead", summary = "Mark all the caller's messages read")
    public Unread markAllRead() {
        Guard.caller();
        kernel.inbox().markAllRead();
        return new Unread(0);
    }
}
