package org.qiaoyun.ui.shell;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.signin.PlatformAuthentication;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * The signed-in user of the current screen and their language, kept in the HTTP session. The
 * account is looked up again on every call, so a user disabled meanwhile (or whose tenant was
 * suspended) is signed out at the next click.
 */
public final class SignedIn {

    static final String LOCALE_ATTRIBUTE = "qiaoyun.locale";

    private SignedIn() {
    }

    public static Optional<CallerIdentity> caller(Kernel kernel) {
        return username().flatMap(kernel.accounts()::identity);
    }

    /**
     * The user signed in through the login screen (remembered in the session), or else the one the
     * container authenticated for this request (HTTP Basic, as API clients and tests send it).
     */
    public static Optional<String> username() {
        WrappedSession session = session();
        Object remembered = session == null ? null : session.getAttribute(PlatformAuthentication.SESSION_USER);
        if (remembered != null) {
            return Optional.of(remembered.toString());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getUserPrincipal() == null ? Optional.empty()
                : Optional.of(request.getUserPrincipal().getName());
    }

    /** The language chosen in this session; Chinese unless English was asked for. */
    public static Locale locale() {
        WrappedSession session = session();
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Messages.CHINESE;
    }

    static void chooseLocale(Locale locale) {
        WrappedSession session = session();
        if (session != null) {
            session.setAttribute(LOCALE_ATTRIBUTE, locale);
        }
    }

    private static WrappedSession session() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        return vaadin == null ? null : vaadin.getSession();
    }
}
