package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.access.Role;

class UsersViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<Account> grid() {
        return _get(Grid.class, s -> s.withId("users-grid"));
    }

    private static List<String> usernames() {
        Grid<Account> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).username()).toList();
    }

    @Test
    void listsTheUsersOfTheChosenFederation() {
        signInAndOpen("jiangmen-admin", "admin/users?tenant=gd-jiangmen-taishan");
        assertThat(usernames()).contains("taishan-admin", "taishan-caseworker", "taishan-volunteer");
    }

    @Test
    void federationOutsideTheSubtreeFallsBackToHome() {
        signInAndOpen("kaiping-admin", "admin/users?tenant=gd-jiangmen-taishan");
        assertThat(usernames()).contains("kaiping-admin").doesNotContain("taishan-admin");
    }

    @Test
    void creatingAUserShowsPolicyErrorsAtTheFieldThenCreates() {
        signInAndOpen("kaiping-admin", "admin/users");
        _click(_get(Button.class, s -> s.withId("action-create-user")));
        _setValue(_get(TextField.class, s -> s.withLabel("用户名")), "kaiping-volunteer-1");
        PasswordField password = _get(PasswordField.class, s -> s.withLabel("密码"));
        _setValue(password, "short");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withLabel("角色"));
        _setValue(roles, Set.of(Role.VOLUNTEER));
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).as("the kernel's refusal, in the screen's language").isEqualTo("密码至少要有 10 个字符");

        _setValue(password, "1234567890");
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(password.getErrorMessage()).isEqualTo("这是最常见的密码之一，请另选一个");

        _setValue(password, "开平碉楼-volunteer");
        _click(_get(Button.class, s -> s.withId("user-save")));
        NotificationsKt.expectNotifications("已保存：kaiping-volunteer-1");
        assertThat(usernames()).contains("kaiping-volunteer-1");
        assertThat(kernel.accounts().authenticate("kaiping-volunteer-1", "开平碉楼-volunteer").succeeded()).isTrue();
    }

    @Test
    void disablingAsksFirstAndTheUserCannotSignInAfterwards() {
        if (kernel.accounts().find("kaiping-viewer-1").isEmpty()) {
            asPlatform(() -> kernel.accounts().create("gd-jiangmen-kaiping", "kaiping-viewer-1", DEMO_PASSWORD, Set.of(Role.VIEWER)));
        }
        signInAndOpen("kaiping-admin", "admin/users");
        Grid<Account> grid = grid();
        grid.select(kernel.accounts().find("kaiping-viewer-1").orElseThrow());
        Button toggle = _get(Button.class, s -> s.withId("action-toggle"));
        assertThat(toggle.getText()).isEqualTo("停用");
        _click(toggle);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(kernel.accounts().authenticate("kaiping-viewer-1", DEMO_PASSWORD).succeeded()).isFalse();
    }

    @Test
    void anAdminResetsTheSecondFactorOfAUserWhoLostTheirPhoneAfterConfirming() {
        if (kernel.accounts().find("kaiping-caseworker-2").isEmpty()) {
            asPlatform(() -> kernel.accounts().create("gd-jiangmen-kaiping", "kaiping-caseworker-2", DEMO_PASSWORD, Set.of(Role.CASEWORKER)));
        }
        var user = kernel.accounts().identity("kaiping-caseworker-2").orElseThrow();
        String secret = org.qiaoyun.kernel.access.Caller.as(user, () -> {
            var enrolment = kernel.secondFactors().begin();
            kernel.secondFactors().confirm(enrolment.secret(),
                    org.qiaoyun.kernel.identity.Totp.codeAt(enrolment.secret(), kernel.clock().instant()));
            return enrolment.secret();
        });
        assertThat(secret).isNotBlank();
        signInAndOpen("kaiping-admin", "admin/users");
        Button reset = _get(Button.class, s -> s.withId("action-second-factor"));
        assertThat(reset.isEnabled()).as("nobody chosen").isFalse();
        grid().select(kernel.accounts().find("kaiping-caseworker-2").orElseThrow());
        assertThat(reset.isEnabled()).isTrue();
        _click(reset);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("confirm-second-factor")));
        assertThat(kernel.accounts().find("kaiping-caseworker-2").orElseThrow().hasSecondFactor()).isFalse();
    }

    @Test
    void aWrongEmailIsShownAtItsFieldAndARightOneIsKeptWithTheUser() {
        signInAndOpen("kaiping-admin", "admin/users");
        _click(_get(Button.class, s -> s.withId("action-create-user")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), "kaiping-organiser-9");
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), "开平碉楼-organiser");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withId("user-roles"));
        _setValue(roles, Set.of(Role.ORGANISER));
        TextField email = _get(TextField.class, s -> s.withId("user-email"));
        _setValue(email, "organiser at kaiping");
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("请填写有效的电子邮箱地址，例如 name@example.cn");
        assertThat(kernel.accounts().find("kaiping-organiser-9")).as("refused as a whole").isEmpty();

        _setValue(email, "organiser@kaiping.example.cn");
        _setValue(_get(TextField.class, s -> s.withId("user-mobile")), "139 2222 3333");
        _click(_get(Button.class, s -> s.withId("user-save")));
        Account saved = kernel.accounts().find("kaiping-organiser-9").orElseThrow();
        assertThat(saved.email()).isEqualTo("organiser@kaiping.example.cn");
        assertThat(saved.mobile()).isEqualTo("13922223333");
        assertThat(saved.language()).isEqualTo("zh");
    }
}
