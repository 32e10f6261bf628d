package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error the API gives. {@code field} names the input
 * field at fault when there is one, so that a client can show the message beside it; {@code errors}
 * lists every fault of an input refused as a whole (a tenant tree file); {@code code} is the stable code of
 * the refusal ({@code kernel.tenant.unknown}), whose {@code detail} is in the language the request asked for.
 */
public record Problem(String type, String title, int status, String detail, String field, List<?> errors, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, String field) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, field);
    }

    /** 401 with the challenge for HTTP Basic, for API calls without (valid) credentials. */
    public static Response unauthorized() {
        return Response.fromResponse(response(Response.Status.UNAUTHORIZED,
                        "sign in: send a bearer token (POST /api/v1/tokens) or HTTP Basic credentials of a Qiaoyun account", null))
                .header("WWW-Authenticate", "Bearer realm=\"qiaoyun\"").header("WWW-Authenticate", "Basic realm=\"qiaoyun\", charset=\"UTF-8\"").build();
    }

    public static Response response(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", title, status, detail, field, null, null))
                .build();
    }

    /** 400 for an input refused as a whole, listing every error found in it. */
    public static Response invalid(String detail, List<?> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", "Bad Request", 400, detail, null, errors, null))
                .build();
    }

    /** The same problem saying {@code detail} instead, with the refusal's code. */
    public Problem told(String newDetail, String refusalCode) {
        return new Problem(type, title, status, newDetail, field, errors, refusalCode);
    }
}
