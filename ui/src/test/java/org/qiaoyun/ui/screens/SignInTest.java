package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;

import org.junit.jupiter.api.Test;
import org.qiaoyun.ui.home.HomeView;
import org.qiaoyun.ui.shell.LoginView;

class SignInTest extends ScreenTest {

    @Test
    void everyScreenSendsAStrangerToTheLoginScreenInChinese() {
        UI.getCurrent().navigate("admin/tenants");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(texts(_get(LoginForm.class))).contains("登录侨云", "用户名", "密码");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        LoginFormKt._login(form, "taishan-admin", "not-the-password");
        assertThat(form.isError()).isTrue();
        String message = texts(form);

        UI.getCurrent().navigate("login");
        LoginForm again = _get(LoginForm.class);
        LoginFormKt._login(again, "no-such-user", "not-the-password");
        assertThat(again.isError()).isTrue();
        assertThat(texts(again)).isEqualTo(message).contains("用户名或密码不正确");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void rightPasswordOpensTheHomeScreen() {
        UI.getCurrent().navigate("login");
        LoginFormKt._login(_get(LoginForm.class), "taishan-caseworker", DEMO_PASSWORD);
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void aLinkSharedInAGroupOpensOnceItsReaderHasSignedIn() {
        UI.getCurrent().navigate("admin/users", com.vaadin.flow.router.QueryParameters.of("tenant", "gd-jiangmen-taishan"));
        assertThat(currentView()).isInstanceOf(LoginView.class);
        LoginFormKt._login(_get(LoginForm.class), "jiangmen-admin", DEMO_PASSWORD);
        assertThat(currentView()).isInstanceOf(org.qiaoyun.ui.user.UsersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("admin/users?tenant=gd-jiangmen-taishan");

        UI.getCurrent().navigate("login");
        assertThat(currentView()).as("signed in: the login screen leads home").isNotInstanceOf(LoginView.class);
    }

    @Test
    void signingInWithoutALinkOpensHome() {
        UI.getCurrent().navigate("login");
        LoginFormKt._login(_get(LoginForm.class), "taishan-organiser", DEMO_PASSWORD);
        assertThat(currentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void loginScreenSpeaksEnglishOnRequest() {
        english();
        UI.getCurrent().navigate("login");
        assertThat(texts(_get(LoginForm.class))).contains("Sign in to Qiaoyun", "Wrong username or password");
    }

    /** The texts the login form shows, as Vaadin sends them to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
