package org.qiaoyun.kernel.rest;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.TestOutcome;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/tenants/{code}/staff-group}: the federation's WeChat Work staff group, for its admins and those above:
 * the robot's webhook shown masked, set (only a robot's https webhook: 400 naming {@code webhook} otherwise), removed,
 * and a test sent now whose answer says in the caller's language what went wrong.
 */
@Path("v1/tenants/{code}/staff-group")
@Tag(name = "staff-group", description = "The federation's WeChat Work staff group: its robot's webhook, and a test message")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffGroupResource {

    /** The webhook as it is shown back: masked, or null when none is set. */
    public record StaffGroupJson(String webhook) {
    }

    /** {@code PUT}: the robot's webhook as WeChat Work shows it. */
    public static class WebhookBody {
        public String webhook;
    }

    /** A test's outcome: {@code sent}, or the {@code problem} in plain words. */
    public record TestJson(boolean sent, String problem) {
    }

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "getStaffGroup", summary = "The staff group robot's webhook, masked (null when none is set)")
    public StaffGroupJson get() {
        Guard.administered(kernel.tenants(), code);
        return new StaffGroupJson(kernel.staffGroups().masked(code).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setStaffGroup",
            summary = "Set the staff group robot's webhook (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...); kept encrypted, audited")
    public StaffGroupJson set(WebhookBody body) {
        Guard.administered(kernel.tenants(), code);
        return new StaffGroupJson(kernel.staffGroups().set(code, body == null ? null : body.webhook).masked());
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "removed")
    @Operation(operationId = "removeStaffGroup", summary = "Remove the staff group robot's webhook: nothing more goes to the group; audited")
    public Response remove() {
        Guard.administered(kernel.tenants(), code);
        kernel.staffGroups().remove(code);
        return Response.noContent().build();
    }

    @POST
    @Path("test")
    @Operation(operationId = "testStaffGroup", summary = "Send a test message to the staff group now: sent, or what went wrong in plain words")
    public TestJson test() {
        Guard.administered(kernel.tenants(), code);
        TestOutcome outcome = kernel.staffGroups().sendTest(code);
        return new TestJson(outcome.sent(), outcome.problem() == null ? null : kernel.texts().render(outcome.problem(), language()));
    }

    private Locale language() {
        return Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
