package org.qiaoyun.kernel.signin;

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

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.identity.ApiTokens;
import org.qiaoyun.kernel.identity.ClientAddress;
import org.qiaoyun.kernel.identity.LoginResult;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * How a request proves who it comes from, for the REST API and the screens alike (Jakarta Security).
 *
 * <ul>
 * <li>The login screen calls {@code SecurityContext.authenticate} with a username and password: on
 *     success the HTTP session (given a new id against fixation) remembers the user.</li>
 * <li>Later requests of that session are signed in again from the session, as long as the account
 *     is enabled and its tenant not suspended; the session expires after 30 idle minutes.</li>
 * <li>API clients send HTTP Basic credentials with every call; no session is made for them, and the
 *     API never accepts the screens' session cookie.</li>
 * </ul>
 *
 * Unsigned API calls are refused by the REST layer with 401; screens send the user to the login view.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute naming the signed-in user. */
    public static final String SESSION_USER = "qiaoyun.user";
    /** Request attribute the login screen sets to the second factor's code it asked for. */
    public static final String LOGIN_CODE = "qiaoyun.login.code";
    /** Request attribute telling the login screen what a sign-in still needs ({@link LoginResult.Need}). */
    public static final String LOGIN_NEED = "qiaoyun.login.need";
    /** Session attribute: signed in, but a second factor is to be enrolled before anything else. */
    public static final String MUST_ENROL = "qiaoyun.must-enrol";
    /** Request attribute with the reason an API call's credentials were refused, for its 401. */
    public static final String REFUSAL = "qiaoyun.refusal";
    /** Request attribute holding the {@link ApiTokens.Use} of a call made with a bearer token. */
    public static final String TOKEN_USE = "qiaoyun.token";
    /**
     * Request attribute: the caller this request's credentials were verified for, read from their account
     * moments ago; the API binds it instead of reading the account again.
     */
    public static final String CALLER = "qiaoyun.caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Kernel kernel;

    @Inject
    org.qiaoyun.kernel.platform.PlatformLifecycle platform;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential offered = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && offered != null) {
            return signIn(request, context, offered);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, header.substring(7).trim(), context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), ClientAddress.of(request, platform.trustedProxies()), context);
        }
        if (isApi(request)) {
            // the API signs in by its Authorization header only: a session cookie, which any page elsewhere can
            // make a browser send, opens nothing here (no cross-site request forgery)
            return context.doNothing();
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

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Object code = request.getAttribute(LOGIN_CODE);
        LoginResult result = kernel.accounts().signIn(login.getCaller(), login.getPasswordAsString(),
                ClientAddress.of(request, platform.trustedProxies()), code == null ? null : code.toString());
        request.setAttribute(LOGIN_NEED, result.need());
        Optional<CallerIdentity> caller = result.caller();
        if (caller.isEmpty()) {
            // No 401 here: the login screen answers in its own (Vaadin) response.
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, caller.get().username());
        if (result.need() == LoginResult.Need.ENROLMENT) {
            request.getSession().setAttribute(MUST_ENROL, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(caller.get().username(), AccountIdentityStore.groupsOf(caller.get()));
    }

    private AuthenticationStatus basic(String encoded, String address, HttpMessageContext context) {
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
        LoginResult result = kernel.accounts().verifyForApi(decoded.substring(0, colon), decoded.substring(colon + 1), address);
        if (result.need() != LoginResult.Need.NOTHING) {
            context.getRequest().setAttribute(REFUSAL, "this account gives a second factor: HTTP Basic is not enough;"
                    + " get a token at POST /api/v1/tokens with username, password and code");
        }
        Optional<CallerIdentity> caller = result.caller();
        caller.ifPresent(identity -> context.getRequest().setAttribute(CALLER, identity));
        return caller.isPresent()
                ? context.notifyContainerAboutLogin(caller.get().username(), AccountIdentityStore.groupsOf(caller.get()))
                : context.doNothing();
    }

    /** A call with a token: one look-up; the owner's account must still be able to act. */
    private AuthenticationStatus bearer(HttpServletRequest request, String secret, HttpMessageContext context) {
        Optional<ApiTokens.Use> use = kernel.tokens().verify(secret);
        Optional<CallerIdentity> caller = use.flatMap(u -> kernel.accounts().identity(u.username()));
        if (caller.isEmpty()) {
            return context.doNothing(); // answered 401 by the API
        }
        request.setAttribute(TOKEN_USE, use.get());
        request.setAttribute(CALLER, caller.get());
        return context.notifyContainerAboutLogin(caller.get().username(), AccountIdentityStore.groupsOf(caller.get()));
    }
}
