package org.qiaoyun.ui.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;

/**
 * Signs in through Jakarta Security: the platform's authentication mechanism checks the password
 * against the account table and remembers the user in the HTTP session.
 */
@ApplicationScoped
public class SecurityContextAuthenticator implements Authenticator {

    @Inject
    SecurityContext security;

    @Override
    public Outcome signIn(String username, String password, String code) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        request.setAttribute(org.qiaoyun.kernel.signin.PlatformAuthentication.LOGIN_CODE, code);
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            return Outcome.SIGNED_IN;
        }
        return request.getAttribute(org.qiaoyun.kernel.signin.PlatformAuthentication.LOGIN_NEED)
                == org.qiaoyun.kernel.identity.LoginResult.Need.SECOND_FACTOR ? Outcome.CODE_NEEDED : Outcome.FAILED;
    }

    @Override
    public void signOut() {
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException e) {
            // the session is invalidated below in any case
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
