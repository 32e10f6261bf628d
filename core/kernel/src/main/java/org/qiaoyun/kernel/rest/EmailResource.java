package org.qiaoyun.kernel.rest;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.TestOutcome;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.rest.StaffGroupResource.TestJson;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code /api/v1/tenants/{code}/email/test}: beside the staff group's test, a test email for the federation's admins (and
 * those above), sent now to the caller's own address through the platform's SMTP server; the answer says in the
 * caller's language what went wrong (no address on the account, no server, refused, unknown host, timed out...).
 */
@Path("v1/tenants/{code}/email")
@Tag(name = "email", description = "The platform's email as a federation's admins test it")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmailResource {

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @POST
    @Path("test")
    @Operation(operationId = "testEmail", summary = "Send a test email to your own address now: sent, or what went wrong in plain words")
    public TestJson test() {
        Guard.administered(kernel.tenants(), code);
        TestOutcome outcome = kernel.testEmails().send(code);
        Locale language = Texts.of(headers == null ? List.of() : headers.getAcceptableLanguages());
        return new TestJson(outcome.sent(), outcome.problem() == null ? null : kernel.texts().render(outcome.problem(), language));
    }
}
