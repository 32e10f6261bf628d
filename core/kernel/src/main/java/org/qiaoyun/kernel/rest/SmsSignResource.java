package org.qiaoyun.kernel.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.notify.SmsSign;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tenants/{code}/sms-sign}: the federation's own sign name for its text messages (短信签名), for its
 * admins and those above: read (with the platform's, used when the federation has none), set naming the version read
 * (400 naming {@code sign} for a name the providers would not take, 409 over someone else's change), removed.
 */
@Path("v1/tenants/{code}/sms-sign")
@Tag(name = "sms-sign", description = "The federation's sign name for its text messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsSignResource {

    /**
     * The federation's sign name ({@code sign}, null when it uses the platform's) with its {@code version}, the platform's
     * ({@code platformSign}, null when text messages are not configured) and the one its messages go under ({@code inEffect}).
     */
    public record SmsSignJson(String sign, Long version, String platformSign, String inEffect) {
    }

    /** {@code PUT}: the sign name as the provider approved it (2 to 12 Chinese characters, letters or digits). */
    public static class SignBody {
        public String sign;
        /** The version read; none for the first. */
        public Long version;
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "getSmsSign", summary = "The federation's SMS sign name, the platform's, and the one in effect")
    public SmsSignJson get() {
        Guard.administered(kernel.tenants(), code);
        return json(kernel.smsSigns().of(code).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSmsSign", summary = "Set the federation's SMS sign name (2 to 12 Chinese characters, letters or digits); send the version you read; audited")
    public SmsSignJson set(SignBody body) {
        Guard.administered(kernel.tenants(), code);
        return json(kernel.smsSigns().set(code, body == null ? null : body.sign, body == null ? null : body.version));
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "removed: the platform's sign name is used")
    @Operation(operationId = "removeSmsSign", summary = "Remove the federation's SMS sign name: its text messages go under the platform's; audited")
    public Response remove() {
        Guard.administered(kernel.tenants(), code);
        kernel.smsSigns().remove(code);
        return Response.noContent().build();
    }

    private SmsSignJson json(SmsSign own) {
        String platform = kernel.platformSmsSign().orElse(null);
        return own == null ? new SmsSignJson(null, null, platform, platform)
                : new SmsSignJson(own.sign().value(), own.version(), platform, own.sign().value());
    }
}
