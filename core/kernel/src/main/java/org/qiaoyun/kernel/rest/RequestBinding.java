package org.qiaoyun.kernel.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Binds who is calling for the length of a REST request, and unbinds it and the current tenant
 * afterwards, so that nothing leaks to the next request served by the same thread.
 */
@Provider
@PreMatching
public class RequestBinding implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ANONYMOUS = "anonymous";

    @Override
    public void filter(ContainerRequestContext request) {
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        Caller.bind(principal == null ? ANONYMOUS : principal.getName());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Caller.clear();
        CurrentTenant.clear();
    }
}
