package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantStatus;

/** A provincial admin looks after the federations below: the tree, provisioning, status changes. */
class TenantTreeViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static TreeGrid<Tenant> tree() {
        return _get(TreeGrid.class, s -> s.withId("tenant-tree"));
    }

    private static List<String> codes(TreeGrid<Tenant> tree) {
        return IntStream.range(0, GridKt._size(tree)).mapToObj(i -> GridKt._get(tree, i).code()).toList();
    }

    @Test
    void adminSeesTheirSubtreeOpenAtTheTop() {
        signInAndOpen("gd-admin", "admin/tenants");
        assertThat(codes(tree())).startsWith("gd").contains("gd-jiangmen", "gd-jnu").doesNotContain("cn", "fj");
    }

    @Test
    void searchFindsByNameOrCodeWithinTheSubtree() {
        signInAndOpen("gd-admin", "admin/tenants");
        _setValue(_get(TextField.class, s -> s.withId("tenant-search")), "开平");
        assertThat(codes(tree())).containsExactly("gd-jiangmen-kaiping");
        _setValue(_get(TextField.class, s -> s.withId("tenant-search")), "quanzhou");
        assertThat(codes(tree())).as("Fujian is not in Guangdong's subtree").isEmpty();
    }

    @Test
    void provisioningShowsErrorsAtTheFieldKeepsTheInputAndThenProvisions() {
        signInAndOpen("jiangmen-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd-jiangmen"));
        _click(_get(Button.class, s -> s.withId("action-provision")));

        TextField code = _get(TextField.class, s -> s.withLabel("代码"));
        _setValue(code, "Heshan_Bad");
        _setValue(_get(TextField.class, s -> s.withLabel("中文名称")), "鹤山市侨联");
        _setValue(_get(TextField.class, s -> s.withLabel("英文名称")), "Heshan");
        @SuppressWarnings("unchecked")
        ComboBox<TenantLevel> level = _get(ComboBox.class, s -> s.withLabel("级别"));
        _setValue(level, TenantLevel.COUNTY);
        _click(_get(Button.class, s -> s.withId("provision-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).as("the kernel's rule, in the screen's language").startsWith("代码须为 2 至 63 位小写字母");
        assertThat(_get(TextField.class, s -> s.withLabel("中文名称")).getValue()).as("input kept").isEqualTo("鹤山市侨联");

        _setValue(code, "gd-jiangmen-kaiping");
        _click(_get(Button.class, s -> s.withId("provision-save")));
        assertThat(code.getErrorMessage()).isEqualTo("该代码已被使用");

        _setValue(code, "gd-jiangmen-heshan");
        _click(_get(Button.class, s -> s.withId("provision-save")));
        NotificationsKt.expectNotifications("已建立：鹤山市侨联");
        assertThat(kernel.tenants().require("gd-jiangmen-heshan").level()).isEqualTo(TenantLevel.COUNTY);
    }

    @Test
    void levelsOfferedAreThoseThatFitUnderTheParent() {
        signInAndOpen("jiangmen-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd-jiangmen"));
        _click(_get(Button.class, s -> s.withId("action-provision")));
        @SuppressWarnings("unchecked")
        ComboBox<TenantLevel> level = _get(ComboBox.class, s -> s.withLabel("级别"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(level))
                .containsExactly(TenantLevel.COUNTY, TenantLevel.TOWNSHIP, TenantLevel.VILLAGE, TenantLevel.INSTITUTION);
    }

    @Test
    void suspendingAsksForConfirmationFirst() {
        signInAndOpen("gd-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd-jnu"));
        _click(_get(Button.class, s -> s.withId("action-suspend")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(kernel.tenants().require("gd-jnu").status()).isEqualTo(TenantStatus.ACTIVE);

        _click(_get(Button.class, s -> s.withId("action-suspend")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(kernel.tenants().require("gd-jnu").status()).isEqualTo(TenantStatus.SUSPENDED);
        asPlatform(() -> kernel.provisioning().update("gd-jnu", null, TenantStatus.ACTIVE, null));
    }

    @Test
    void adminCannotChangeTheStatusOfTheirOwnFederation() {
        signInAndOpen("gd-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd"));
        assertThat(_get(Button.class, s -> s.withId("action-suspend")).isEnabled()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("action-provision")).isEnabled()).isTrue();
    }

    @Test
    void secondAdminSavingAStaleRenameIsToldAndOverwritesNothing() {
        signInAndOpen("gd-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd-jnu"));
        _click(_get(Button.class, s -> s.withId("action-rename")));
        // meanwhile another admin renames the same federation
        Tenant current = kernel.tenants().require("gd-jnu");
        kernel.provisioning().update("gd-jnu", new org.qiaoyun.kernel.tenant.TenantNames("暨南大学侨联（新）", current.names().en()),
                null, current.version());

        _setValue(_get(TextField.class, s -> s.withLabel("中文名称")), "被覆盖的名称");
        _click(_get(Button.class, s -> s.withId("rename-save")));
        NotificationsKt.expectNotifications("该记录已被他人修改，请重新加载后再试。");
        assertThat(kernel.tenants().require("gd-jnu").names().zh()).isEqualTo("暨南大学侨联（新）");
    }

    @Test
    void saveButtonsDisableThemselvesSoADoubleClickMakesOneTenant() {
        signInAndOpen("jiangmen-admin", "admin/tenants");
        tree().select(kernel.tenants().require("gd-jiangmen"));
        _click(_get(Button.class, s -> s.withId("action-provision")));
        assertThat(_get(Button.class, s -> s.withId("provision-save")).isDisableOnClick()).isTrue();
    }
}
