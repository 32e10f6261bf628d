package org.qiaoyun.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.qiaoyun.kernel.signin.PlatformAuthentication;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.ui.shell.AccessGuard;
import org.qiaoyun.ui.shell.Authenticator;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.ModuleRoutes;

/**
 * Screens tested without a browser (Karibu-Testing) against a real kernel: an in-memory H2 database
 * with the demo federations and their accounts, and the fixture modules installed. Each test class
 * gets its own kernel; each test its own Vaadin session.
 */
abstract class ScreenTest {

    static final String DEMO_PASSWORD = "qiaoyun-demo-2026";
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.qiaoyun.ui");

    static Kernel kernel;

    /** Sets up the world as the platform itself (the kernel's services refuse work bound to nobody, or to a user who may not). */
    static void asPlatform(Runnable setUp) {
        org.qiaoyun.kernel.access.Caller.asSystem(() -> {
            setUp.run();
            return null;
        });
    }

    @BeforeAll
    static void startKernel() {
        String url = "jdbc:h2:mem:screens-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/it-plugins"));
        // the screens' stories happen on a day that is not today: a screen reading the wall clock is caught
        kernel = Kernel.start(KernelSettings.forTests(url, plugins).withDemo(KernelSettings.DEFAULT_DEMO_TREE),
                org.qiaoyun.testing.StoryClock.ticking());
    }

    @AfterAll
    static void stopKernel() {
        kernel.close();
    }

    @BeforeEach
    void vaadin() {
        Authenticator authenticator = new Authenticator() {
            @Override
            public Outcome signIn(String username, String password, String code) {
                var result = kernel.accounts().signIn(username, password, "screen-test", code);
                if (result.succeeded()) {
                    remember(username);
                    if (result.need() == org.qiaoyun.kernel.identity.LoginResult.Need.ENROLMENT) {
                        VaadinSession.getCurrent().getSession().setAttribute(PlatformAuthentication.MUST_ENROL, Boolean.TRUE);
                    }
                    return Outcome.SIGNED_IN;
                }
                return result.need() == org.qiaoyun.kernel.identity.LoginResult.Need.SECOND_FACTOR ? Outcome.CODE_NEEDED : Outcome.FAILED;
            }

            @Override
            public void signOut() {
                VaadinSession.getCurrent().getSession().removeAttribute(PlatformAuthentication.SESSION_USER);
            }
        };
        // as in the server, the UI speaks Chinese from its first navigation on
        MockVaadin.setup(() -> {
            MockedUI ui = new MockedUI();
            ui.setLocale(Messages.CHINESE);
            return ui;
        }, new ScreenServlet(ROUTES, Map.of(Kernel.class, kernel, Authenticator.class, authenticator)));
        ModuleRoutes.register(kernel, RouteConfiguration.forApplicationScope());
        UI.getCurrent().addBeforeEnterListener(new AccessGuard(kernel));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** Signs in as the user, as the login screen would, and opens the route. */
    static void signInAndOpen(String username, String route) {
        remember(username);
        int query = route.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(route);
        } else {
            UI.getCurrent().navigate(route.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(route.substring(query + 1)));
        }
    }

    /** The shell's page for what does not exist for the person: in Chinese, the same whatever the reason. */
    static void assertNotFound() {
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class,
                s -> s.withId("not-found-text")).getText()).isEqualTo("您要打开的页面不存在，或者不在您的权限范围内。");
    }

    static void remember(String username) {
        VaadinSession.getCurrent().getSession().setAttribute(PlatformAuthentication.SESSION_USER, username);
    }

    static void english() {
        UI.getCurrent().setLocale(Messages.ENGLISH);
    }
}
