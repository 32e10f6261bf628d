package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.audit.AuditEntry;

class AuditViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static List<String> actions() {
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).action()).toList();
    }

    @Test
    void showsTheFederationsLogNewestFirstAndFilters() {
        kernel.accounts().authenticate("kaiping-admin", "wrong-password-x");
        kernel.accounts().authenticate("kaiping-admin", DEMO_PASSWORD);
        signInAndOpen("kaiping-admin", "admin/audit");
        assertThat(actions()).startsWith("login.success", "login.failure").contains("tenant.provision", "account.create");

        @SuppressWarnings("unchecked")
        ComboBox<String> action = _get(ComboBox.class, s -> s.withLabel("操作"));
        _setValue(action, "login.");
        assertThat(actions()).isNotEmpty().allMatch(a -> a.startsWith("login."));

        _setValue(_get(TextField.class, s -> s.withLabel("用户")), "nobody-at-all");
        assertThat(actions()).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("audit-export")).getText()).isEqualTo("导出 CSV");
    }

    @Test
    void actionsAreNamedInTheScreensLanguage() {
        kernel.accounts().authenticate("kaiping-admin", DEMO_PASSWORD);
        signInAndOpen("kaiping-admin", "admin/audit");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("登录").doesNotContain("login.success");
        assertThat(kernel.texts().actionName("login.success", org.qiaoyun.kernel.text.Texts.ENGLISH)).isEqualTo("Signed in");
        assertThat(kernel.texts().actionName("aid.case.approve", org.qiaoyun.kernel.text.Texts.CHINESE)).isEqualTo("批准个案");
        assertThat(kernel.texts().actionName("something.new", org.qiaoyun.kernel.text.Texts.CHINESE)).as("unnamed: as it is")
                .isEqualTo("something.new");
    }

    @Test
    void aCityReadsTheLogOfEveryFederationBelowAtOnceWithoutTheirModulesPersonalDetails() {
        kernel.accounts().authenticate("kaiping-admin", DEMO_PASSWORD);
        kernel.store().transaction(em -> {
            org.qiaoyun.kernel.audit.AuditLog.append(em, "gd-jiangmen-taishan", "aid.case.approve", "case-below", "陈大文 ¥800");
            return null;
        });
        signInAndOpen("jiangmen-admin", "admin/audit");
        assertThat(actions()).as("the city's own log alone at first").doesNotContain("aid.case.approve");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("audit-below")), true);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
        assertThat(rows).anyMatch(r -> r.contains("开平市侨联") && r.contains("登录"));
        List<String> below = rows.stream().filter(r -> r.contains("case-below")).findFirst().orElseThrow();
        assertThat(below).contains("台山市侨联", "批准个案");
        assertThat(String.join(" ", below)).as("a module's summary stays with the county").doesNotContain("陈大文");
    }
}
