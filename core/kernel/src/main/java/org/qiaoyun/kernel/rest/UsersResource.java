package org.qiaoyun.kernel.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.identity.UnknownAccountException;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * {@code /api/v1/tenants/{code}/users}: the users at home in a tenant, administered by the admins of
 * the tenant and of the federations above it.
 */
@Path("v1/tenants/{code}/users")
@Tag(name = "users", description = "The accounts of a federation: roles, enabling, passwords, second factors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    /** A user as the API shows it; never the password hash. */
    public record UserJson(String username, String tenant, List<String> roles, boolean enabled, Instant lockedUntil,
                           String email, String mobile, boolean mobileVerified, String language, long version) {

        static UserJson of(Account a) {
            return new UserJson(a.username(), a.tenantCode(), a.roles().stream().map(Role::wireName).sorted().toList(),
                    a.enabled(), a.lockedUntil(), a.email(), a.mobile(), a.isMobileVerified(), a.language(), a.version());
        }
    }

    /** {@code POST}: a new user. */
    public static class NewUser {
        public String username;
        public String password;
        public List<String> roles;
        /** Optional: where the platform's email reaches the user. */
        public String email;
        /** Optional: a mainland mobile (11 digits) or + and the country code. */
        public String mobile;
        /** Optional: {@code zh} (the default) or {@code en}, the language of what the platform sends them. */
        public String language;
    }

    /** {@code PUT .../contact}: how to reach the user; a value left out or blank is cleared. */
    public static class ContactJson {
        public String email;
        public String mobile;
        public String language;
        public Long version;
    }

    /** {@code PUT .../roles}. */
    public static class Roles {
        public List<String> roles;
        public Long version;
    }

    /** {@code PUT .../password}. */
    public static class NewPassword {
        public String password;
    }

    /** {@code PUT .../enabled}. */
    public static class Enabled {
        public Boolean enabled;
    }

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listUsers", summary = "The users at home in the tenant, by username")
    public Paging<UserJson> list(@QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Guard.administered(kernel.tenants(), code);
        List<UserJson> items = kernel.accounts().of(code, page * size, size).stream().map(UserJson::of).toList();
        return new Paging<>(items, page, size, kernel.accounts().count(code));
    }

    @POST
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserJson.class)))
    @Operation(operationId = "createUser", summary = "Create a user with a password (at least 10 characters, not the username, not a common one) and roles")
    public Response create(NewUser body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.request.user-body");
        }
        Guard.administered(kernel.tenants(), code);
        // checked before the account exists, so that a wrong address refuses the whole request (400 naming the field)
        org.qiaoyun.kernel.notify.Contact.email("email", body.email);
        org.qiaoyun.kernel.notify.Contact.mobile("mobile", body.mobile);
        org.qiaoyun.kernel.notify.Contact.language("language", body.language);
        Account account = kernel.accounts().create(code, body.username, body.password, roles(body.roles));
        if (body.email != null || body.mobile != null || body.language != null) {
            account = kernel.accounts().changeContact(account.username(), body.email, body.mobile, body.language, null);
        }
        URI location = uri.getAbsolutePathBuilder().path(account.username()).build();
        return Response.created(location).entity(UserJson.of(account)).build();
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getUser", summary = "One user")
    public UserJson get(@PathParam("username") String username) {
        return UserJson.of(ofThisTenant(username));
    }

    @PUT
    @Path("{username}/roles")
    @Operation(operationId = "changeUserRoles", summary = "Replace a user's roles; send the version you read")
    public UserJson changeRoles(@PathParam("username") String username, Roles body) {
        if (body == null) {
            throw new InvalidRequestException("roles", "kernel.account.role-required");
        }
        ofThisTenant(username);
        return UserJson.of(kernel.accounts().changeRoles(username, roles(body.roles), body.version));
    }

    @PUT
    @Path("{username}/contact")
    @Operation(operationId = "changeUserContact", summary = "Set how to reach a user (email, mobile) and the language of what the platform sends them; blank clears; send the version you read")
    public UserJson changeContact(@PathParam("username") String username, ContactJson body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.request.contact-body");
        }
        ofThisTenant(username);
        return UserJson.of(kernel.accounts().changeContact(username, body.email, body.mobile, body.language, body.version));
    }

    @PUT
    @Path("{username}/enabled")
    @Operation(operationId = "setUserEnabled", summary = "Disable or enable a user; a disabled user cannot sign in, their history stays")
    public UserJson setEnabled(@PathParam("username") String username, Enabled body) {
        if (body == null || body.enabled == null) {
            throw new InvalidRequestException("enabled", "kernel.request.enabled");
        }
        ofThisTenant(username);
        if (!body.enabled && username.equals(Guard.caller().username())) {
            throw new ForbiddenException("kernel.account.self-disable");
        }
        return UserJson.of(kernel.accounts().setEnabled(username, body.enabled));
    }

    @PUT
    @Path("{username}/password")
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password (also lifts a lockout)")
    public UserJson resetPassword(@PathParam("username") String username, NewPassword body) {
        if (body == null) {
            throw new InvalidRequestException("password", "kernel.request.password");
        }
        ofThisTenant(username);
        return UserJson.of(kernel.accounts().resetPassword(username, body.password));
    }

    @DELETE
    @Path("{username}/second-factor")
    @Operation(operationId = "removeSecondFactor", summary = "Remove a user's second factor (a lost phone): they enrol again at their next sign-in where one is required")
    public UserJson removeSecondFactor(@PathParam("username") String username) {
        ofThisTenant(username);
        kernel.secondFactors().remove(username);
        return UserJson.of(ofThisTenant(username));
    }

    /** The user, if at home in this tenant and the caller administers it; otherwise 404 / 403. */
    private Account ofThisTenant(String username) {
        Guard.administered(kernel.tenants(), code);
        return kernel.accounts().find(username).filter(a -> a.tenantCode().equals(code))
                .orElseThrow(() -> new UnknownAccountException(username));
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException("roles", "kernel.account.role-required");
        }
        return names.stream().map(Role::parse).collect(Collectors.toSet());
    }
}
