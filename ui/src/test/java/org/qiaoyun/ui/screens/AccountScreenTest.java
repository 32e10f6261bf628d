package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.identity.SecondFactorPolicy;
import org.qiaoyun.kernel.identity.Totp;

/** The user's own account: enrolling a second factor (required of provincial admins) and personal API tokens. */
class AccountScreenTest extends ScreenTest {

    @AfterEach
    void trialPolicy() {
        kernel.accounts().requireSecondFactor(SecondFactorPolicy.ENROLLED);
    }

    @Test
    void aPersonSeesTheirNumberNotYetVerifiedAndACodeOfFiveDigitsIsRefusedAtTheField() {
        org.qiaoyun.kernel.identity.Account before = kernel.accounts().find("taishan-volunteer").orElseThrow();
        asPlatform(() -> kernel.accounts().changeContact("taishan-volunteer", before.email(), "13800138000", before.language(), null));
        try {
            signInAndOpen("taishan-volunteer", "account");
            assertThat(_get(Paragraph.class, s -> s.withId("account-mobile-state")).getText())
                    .startsWith("手机号码 13800138000 尚未验证：验证之前平台不会给它发短信");
            TextField code = _get(TextField.class, s -> s.withId("account-mobile-code"));
            code.setValue("12345");
            _click(_get(Button.class, s -> s.withId("account-mobile-verify")));
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).isEqualTo("验证码是 6 位数字");
            assertThat(kernel.accounts().find("taishan-volunteer").orElseThrow().isMobileVerified()).isFalse();
        } finally {
            asPlatform(() -> kernel.accounts().changeContact("taishan-volunteer", before.email(), before.mobile(), before.language(), null));
        }
    }

    @Test
    void aPersonGivesTheirOwnAddressAndNumberAWrongAddressIsRefusedAtItsFieldAndANewNumberAwaitsItsCode() {
        org.qiaoyun.kernel.identity.Account before = kernel.accounts().find("taishan-organiser").orElseThrow();
        try {
            signInAndOpen("taishan-organiser", "account");
            TextField email = _get(TextField.class, s -> s.withId("account-email"));
            TextField number = _get(TextField.class, s -> s.withId("account-mobile"));
            email.setValue("chen.organiser@");
            number.setValue("139 0013 9000");
            _click(_get(Button.class, s -> s.withId("account-contact-save")));
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).isEqualTo("请填写有效的电子邮箱地址，例如 name@example.cn");
            assertThat(kernel.accounts().find("taishan-organiser").orElseThrow().mobile())
                    .as("nothing of a refused form is kept").isEqualTo(before.mobile());

            _get(TextField.class, s -> s.withId("account-email")).setValue("chen.organiser@Example.CN");
            _click(_get(Button.class, s -> s.withId("account-contact-save")));
            org.qiaoyun.kernel.identity.Account after = kernel.accounts().find("taishan-organiser").orElseThrow();
            assertThat(after.email()).isEqualTo("chen.organiser@example.cn");
            assertThat(after.mobile()).isEqualTo("13900139000");
            assertThat(after.isMobileVerified()).isFalse();
            assertThat(_get(Paragraph.class, s -> s.withId("account-mobile-state")).getText())
                    .startsWith("手机号码 13900139000 尚未验证");
            assertThat(_find(Button.class, s -> s.withId("account-mobile-send"))).as("a code can be asked for now").hasSize(1);
        } finally {
            asPlatform(() -> kernel.accounts().changeContact("taishan-organiser", before.email(), before.mobile(), before.language(), null));
        }
    }

    @Test
    void aProvincialAdminEnrolsASecondFactorBeforeAnythingElseAndGivesItsCodeFromThenOn() {
        kernel.accounts().requireSecondFactor(SecondFactorPolicy.SENIOR_ADMINS);
        UI.getCurrent().navigate("login");
        LoginFormKt._login(_get(LoginForm.class), "gd-admin", DEMO_PASSWORD);
        UI.getCurrent().navigate("admin/tenants");
        assertThat(_find(Paragraph.class, s -> s.withId("account-second-factor-required"))).as("sent to enrol first").hasSize(1);
        _click(_get(Button.class, s -> s.withId("account-totp-start")));
        String secret = _get(Paragraph.class, s -> s.withId("account-totp-secret")).getText();
        _setValue(_get(TextField.class, s -> s.withId("account-totp-code")), "123456");
        _click(_get(Button.class, s -> s.withId("account-totp-confirm")));
        assertThat(_get(TextField.class, s -> s.withId("account-totp-code")).getErrorMessage()).startsWith("验证码不匹配");
        _setValue(_get(TextField.class, s -> s.withId("account-totp-code")), Totp.codeAt(secret, kernel.clock().instant()));
        _click(_get(Button.class, s -> s.withId("account-totp-confirm")));
        assertThat(_get(Pre.class, s -> s.withId("account-recovery-codes")).getText().lines()).hasSize(10);

        UI.getCurrent().navigate("admin/tenants");
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("tenant-tree-view"))).as("enrolled: free to go").hasSize(1);
        UI.getCurrent().navigate("login");
        VaadinSession.getCurrent().getSession().removeAttribute(org.qiaoyun.kernel.signin.PlatformAuthentication.SESSION_USER);
        UI.getCurrent().navigate("login");
        LoginFormKt._login(_get(LoginForm.class), "gd-admin", DEMO_PASSWORD);
        TextField code = _get(TextField.class, s -> s.withId("login-code"));
        _setValue(code, "000000");
        _click(_get(Button.class, s -> s.withId("login-code-submit")));
        assertThat(code.getErrorMessage()).isEqualTo("验证码不正确或已使用过，请输入新的验证码");
        _setValue(code, Totp.codeAt(secret, kernel.clock().instant().plusSeconds(30)));
        _click(_get(Button.class, s -> s.withId("login-code-submit")));
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("login-view"))).as("signed in").isEmpty();
    }

    @Test
    void aUserMakesAReadOnlyTokenForAScriptSeesItListedAndRevokesItAfterConfirming() {
        signInAndOpen("taishan-caseworker", "account");
        assertThat(_get(Grid.class, s -> s.withId("account-tokens")).getEmptyStateText()).isEqualTo("尚无 API 令牌");
        _click(_get(Button.class, s -> s.withId("account-token-make")));
        assertThat(_get(TextField.class, s -> s.withId("account-token-name")).getErrorMessage()).isEqualTo("请填写名称（不超过 100 个字符）");
        _setValue(_get(TextField.class, s -> s.withId("account-token-name")), "夜间同步");
        _click(_get(Button.class, s -> s.withId("account-token-make")));
        String secret = _get(TextField.class, s -> s.withId("account-token-secret")).getValue();
        assertThat(secret).startsWith("qyp_");
        assertThat(kernel.tokens().verify(secret)).hasValueSatisfying(use -> assertThat(use.mayWrite()).isFalse());
        @SuppressWarnings("unchecked")
        Grid<Object> tokens = _get(Grid.class, s -> s.withId("account-tokens"));
        assertThat(GridKt._size(tokens)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(tokens, 0)).contains("夜间同步", "只读");

        Object token = GridKt._get(tokens, 0);
        String id = String.valueOf(((org.qiaoyun.kernel.identity.ApiToken) token).id());
        _click(ActivitiesScreenTest.inCell(tokens, "revoke", "account-token-revoke-" + id));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("account-token-revoke-confirm")));
        assertThat(GridKt._size(tokens)).isZero();
        assertThat(kernel.tokens().verify(secret)).as("revoked").isEmpty();
    }
}
