package org.qiaoyun.kernel.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.identity.CallerIdentity;
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

    @Override
    public void filter(ContainerRequestContext request) {
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        CallerIdentity caller = principal == null ? null : kernel.accounts().identity(principal.getName()).orElse(null);
        if (caller == null) {
            request.abortWith(Problem.unauthorized());
            return;
        }
        Caller.bind(caller);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Caller.clear();
        CurrentTenant.clear();
    }
}
