package org.qiaoyun.kernel.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.qiaoyun.kernel.platform.Kernel;

/**
 * How a request proves who it comes from, for the REST API and the screens alike (Jakarta Security).
 *
 * <ul>
 * <li>The login screen calls {@code SecurityContext.authenticate} with a username and password: on
 *     success the HTTP session (given a new id against fixation) remembers the user.</li>
 * <li>Later requests of that session are signed in again from the session, as long as the account
 *     is enabled and its tenant not suspended; the session expires after 30 idle minutes.</li>
 * <li>API clients send HTTP Basic credentials with every call; no session is made for them.</li>
 * </ul>
 *
 * Unsigned API calls are refused by the REST layer with 401; screens send the user to the login view.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute naming the signed-in user. */
    public static final String SESSION_USER = "qiaoyun.user";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Kernel kernel;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential offered = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && offered != null) {
            return signIn(request, context, offered);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<CallerIdentity> caller = kernel.accounts().identity(username);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(username, AccountIdentityStore.groupsOf(caller.get()));
            }
            session.invalidate(); // disabled meanwhile, or the tenant was suspended
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 here: the login screen answers in its own (Vaadin) response.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return context.doNothing(); // malformed: treated as no credentials, answered 401 by the API
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : context.doNothing();
    }
}
