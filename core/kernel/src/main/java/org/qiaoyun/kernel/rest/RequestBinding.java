package org.qiaoyun.kernel.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.identity.ApiTokens;
import org.qiaoyun.kernel.signin.PlatformAuthentication;
import org.qiaoyun.kernel.work.RequestWork;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Binds who is calling for the length of a REST request, and unbinds it and the current tenant
 * afterwards, so that nothing leaks to the next request served by the same thread. Authentication
 * itself happened before, in {@code PlatformAuthentication}; a request without a signed-in caller
 * is answered 401 here.
 */
@Provider
@PreMatching
public class RequestBinding implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    Kernel kernel;

    /** The methods a read-only token may use. */
    private static final java.util.Set<String> READING = java.util.Set.of("GET", "HEAD", "OPTIONS");
    /** What follows {@code tenants/{code}/} that is the platform's, not a module's. */
    private static final java.util.Set<String> PLATFORM_PARTS = java.util.Set.of("users", "modules", "module-policy", "indicators",
            "areas", "coverage", "profile", "homes", "contact-points", "outbox");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        if (request.getMethod().equals("POST") && path.equals("v1/tokens")) {
            return; // exchanging credentials for a token is how one signs in
        }
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        CallerIdentity caller = principal == null ? null
                : request.getProperty(PlatformAuthentication.CALLER) instanceof CallerIdentity verified
                        && verified.username().equals(principal.getName())
                        ? verified // read from the account as the credentials were checked, in this request
                        : kernel.accounts().identity(principal.getName()).orElse(null);
        if (caller == null) {
            Object refusal = request.getProperty(PlatformAuthentication.REFUSAL);
            request.abortWith(refusal == null ? Problem.unauthorized()
                    : Problem.response(401, "Unauthorized", refusal.toString(), null));
            return;
        }
        if (request.getProperty(PlatformAuthentication.TOKEN_USE) instanceof ApiTokens.Use token) {
            java.util.Optional<jakarta.ws.rs.core.Response> refused = narrowed(token, request.getMethod(), path);
            if (refused.isPresent()) {
                request.abortWith(refused.get());
                return;
            }
            // the token's federations narrow the caller itself: every service's check sees them
            caller = caller.narrowedTo(token.tenants());
        }
        Caller.bind(caller);
    }

    /**
     * What a token narrower than its owner refuses before anything runs: writing when it may only read, and
     * modules beyond it (its federations narrow the bound caller, see above).
     */
    static java.util.Optional<jakarta.ws.rs.core.Response> narrowed(ApiTokens.Use token, String method, String path) {
        if (!token.mayWrite() && !READING.contains(method)) {
            return java.util.Optional.of(Problem.response(jakarta.ws.rs.core.Response.Status.FORBIDDEN,
                    "this token may only read", null));
        }
        String[] parts = path.split("/");
        if (parts.length > 3 && parts[0].equals("v1") && parts[1].equals("tenants")) {
            if (!PLATFORM_PARTS.contains(parts[3]) && !token.reachesModule(parts[3])) {
                return java.util.Optional.of(Problem.response(jakarta.ws.rs.core.Response.Status.NOT_FOUND,
                        "no tenant with code " + parts[2], null));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether answers name the transactions their request ran ({@code Qiaoyun-Transactions}), for the
     * bench and the suite: {@code qiaoyun.count-transactions} ({@code QIAOYUN_COUNT_TRANSACTIONS}).
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "qiaoyun.count-transactions", defaultValue = "false")
    boolean countTransactions;

    static final String TRANSACTIONS_HEADER = "Qiaoyun-Transactions";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // the resource's work has committed: what waits for the request's end (indicator values) is written now,
        // while the caller and tenant are still bound
        RequestWork.settle();
        if (countTransactions && RequestWork.active()) {
            response.getHeaders().putSingle(TRANSACTIONS_HEADER, RequestWork.transactions());
        }
        Caller.clear();
        CurrentTenant.clear();
    }
}
