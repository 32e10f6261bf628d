package org.qiaoyun.kernel.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qiaoyun.api.Inputs;
import org.qiaoyun.kernel.identity.ApiToken;
import org.qiaoyun.kernel.identity.ApiTokens;
import org.qiaoyun.kernel.identity.ClientAddress;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tokens}: bearer tokens for the API. {@code POST} exchanges a username and password for a
 * token that lasts an hour (no other credentials needed for it); {@code personal} lists, makes and revokes
 * the signed-in user's named tokens for scripts.
 */
@Path("v1/tokens")
@Tag(name = "tokens", description = "Bearer tokens: an hour's token for a password, personal tokens for tools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The credentials to exchange. */
    public static class Credentials {
        public String username;
        public String password;
        /** The second factor's code (or a recovery code), for accounts that give one. */
        public String code;
    }

    /** A token issued: send it as {@code Authorization: Bearer <token>} until it expires. */
    public record TokenJson(String token, Instant expiresAt) {
    }

    /** A personal token to make. */
    public static class PersonalRequest {
        public String name;
        /** {@code read} (the default) or {@code write}. */
        public String scope;
        public List<String> tenants;
        public List<String> modules;
        /** The last day it counts (Beijing time), at most a year ahead; 90 days when not given. */
        public String expiresOn;
    }

    /** A personal token as listed; the secret only in the answer that made it. */
    public record PersonalJson(String id, String name, String scope, Set<String> tenants, Set<String> modules, Instant createdAt,
                               Instant expiresAt, Instant lastUsedAt, String token) {

        static PersonalJson of(ApiToken t, String secret) {
            return new PersonalJson(t.id(), t.name(), Inputs.lower(t.scope()), t.tenants(), t.modules(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), secret);
        }
    }

    @Inject
    Kernel kernel;

    @Inject
    org.qiaoyun.kernel.platform.PlatformLifecycle platform;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    @POST
    @APIResponse(responseCode = "200", description = "the token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenJson.class)))
    @Operation(operationId = "issueToken", summary = "Exchange a username and password for a bearer token that lasts an hour")
    public Response issue(Credentials body) {
        Inputs.body(body);
        return kernel.tokens().issue(body.username, body.password, ClientAddress.of(request, platform.trustedProxies()), body.code)
                .map(issued -> Response.status(Response.Status.CREATED)
                        .entity(new TokenJson(issued.secret(), issued.token().expiresAt())).build())
                .orElseGet(Problem::unauthorized);
    }

    @GET
    @Path("personal")
    @Operation(operationId = "listPersonalTokens", summary = "The signed-in user's personal tokens, with their last use")
    public List<PersonalJson> personal() {
        return kernel.tokens().mine().stream().map(t -> PersonalJson.of(t, null)).toList();
    }

    @POST
    @Path("personal")
    @APIResponse(responseCode = "201", description = "created; the token is shown this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonalJson.class)))
    @Operation(operationId = "createPersonalToken",
            summary = "Make a named token for a script, read-only unless asked, optionally for some tenants or modules; shown once")
    public Response createPersonal(PersonalRequest body) {
        Inputs.body(body);
        ApiToken.Scope scope = body.scope == null ? ApiToken.Scope.READ : Inputs.choice(ApiToken.Scope.class, body.scope, "scope");
        LocalDate lastDay = Inputs.date(body.expiresOn, "expiresOn");
        ApiTokens.Issued issued = kernel.tokens().createPersonal(body.name, scope,
                body.tenants == null ? Set.of() : new java.util.HashSet<>(body.tenants),
                body.modules == null ? Set.of() : new java.util.HashSet<>(body.modules),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(CHINA).toInstant());
        return Response.status(Response.Status.CREATED).entity(PersonalJson.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("personal/{id}")
    @APIResponse(responseCode = "204", description = "revoked")
    @Operation(operationId = "revokePersonalToken", summary = "Revoke a personal token (its owner, or an admin of the owner's federation)")
    public Response revoke(@PathParam("id") String id) {
        kernel.tokens().revoke(id);
        return Response.noContent().build();
    }
}
