package org.qiaoyun.kernel.rest;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.identity.MobileVerification;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/mobile-verification}: the caller proves their own mobile number theirs before text messages go to it:
 * where it stands, a code sent to it by text message ({@code POST /code}), and the code answered ({@code POST} with
 * {@code {"code":"123456"}}: 400 at {@code code} when wrong with the tries left or run out of time, 409 when no code was
 * asked or its tries are used up). The caller's own account only.
 */
@Path("v1/mobile-verification")
@Tag(name = "mobile-verification", description = "The caller proving their own mobile number by a code sent to it")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MobileVerificationResource {

    /** The caller's number, whether it is verified, and until when a code sent counts (null when none is waiting). */
    public record MobileJson(String mobile, boolean verified, Instant codeExpiresAt) {

        static MobileJson of(MobileVerification.State state) {
            return new MobileJson(state.mobile(), state.verified(), state.codeExpiresAt());
        }
    }

    /** {@code POST}: the six digits received. */
    public static class CodeBody {
        public String code;
    }

    @Inject
    Kernel kernel;

    @GET
    @Operation(operationId = "getMobileVerification", summary = "Your mobile number and whether it is verified")
    public MobileJson get() {
        Guard.caller();
        return MobileJson.of(kernel.mobileVerification().state());
    }

    @POST
    @Path("code")
    @Operation(operationId = "sendMobileCode", summary = "Send a code to your mobile number by text message (valid 10 minutes; a new one after a minute); audited")
    public MobileJson sendCode() {
        Guard.caller();
        return MobileJson.of(kernel.mobileVerification().sendCode());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyMobile", summary = "Answer the code received: the number is verified and text messages go to it; audited")
    public MobileJson verify(CodeBody body) {
        Guard.caller();
        return MobileJson.of(kernel.mobileVerification().verify(body == null ? null : body.code));
    }
}
