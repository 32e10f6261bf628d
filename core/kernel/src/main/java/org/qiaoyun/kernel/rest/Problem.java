package org.qiaoyun.kernel.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error the API gives. {@code field} names the input
 * field at fault when there is one, so that a client can show the message beside it.
 */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, String field) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, field);
    }

    /** 401 with the challenge for HTTP Basic, for API calls without (valid) credentials. */
    public static Response unauthorized() {
        return Response.fromResponse(response(Response.Status.UNAUTHORIZED,
                        "sign in: send HTTP Basic credentials of a Qiaoyun account", null))
                .header("WWW-Authenticate", "Basic realm=\"qiaoyun\", charset=\"UTF-8\"").build();
    }

    public static Response response(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, field))
                .build();
    }
}
