package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.ui.account.OwnPasswordDialog;

/** Anybody changes their own password from the user menu, after giving the current one. */
class OwnPasswordTest extends ScreenTest {

    private static final String USER = "taishan-own-password";

    private static PasswordField field(String id) {
        return _get(PasswordField.class, s -> s.withId(id));
    }

    @Test
    void aViewerChangesTheirPasswordGivingTheCurrentOneFirst() {
        if (kernel.accounts().find(USER).isEmpty()) {
            asPlatform(() -> kernel.accounts().create("gd-jiangmen-taishan", USER, DEMO_PASSWORD, Set.of(Role.VIEWER)));
        }
        signInAndOpen(USER, "");
        assertThat(_get(MenuBar.class, s -> s.withId("shell-user")).getItems().get(0).getSubMenu().getItems())
                .extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText).contains("修改密码");
        new OwnPasswordDialog(kernel).open();

        _setValue(field("own-password-current"), "not-my-password");
        _setValue(field("own-password-new"), "台山侨乡-viewer-2027");
        _setValue(field("own-password-repeat"), "台山侨乡-viewer-2027");
        _click(_get(Button.class, s -> s.withId("own-password-save")));
        assertThat(field("own-password-current").getErrorMessage()).isEqualTo("当前密码不对");

        _setValue(field("own-password-current"), DEMO_PASSWORD);
        _setValue(field("own-password-repeat"), "something-else-2027");
        _click(_get(Button.class, s -> s.withId("own-password-save")));
        assertThat(field("own-password-repeat").getErrorMessage()).isEqualTo("两次输入的新密码不一致");

        _setValue(field("own-password-new"), "short");
        _setValue(field("own-password-repeat"), "short");
        _click(_get(Button.class, s -> s.withId("own-password-save")));
        assertThat(field("own-password-new").getErrorMessage()).isEqualTo("密码至少要有 10 个字符");

        _setValue(field("own-password-new"), "台山侨乡-viewer-2027");
        _setValue(field("own-password-repeat"), "台山侨乡-viewer-2027");
        _click(_get(Button.class, s -> s.withId("own-password-save")));
        NotificationsKt.expectNotifications("密码已修改");
        assertThat(kernel.accounts().authenticate(USER, "台山侨乡-viewer-2027").succeeded()).isTrue();
        assertThat(kernel.accounts().authenticate(USER, DEMO_PASSWORD).succeeded()).isFalse();
    }
}
