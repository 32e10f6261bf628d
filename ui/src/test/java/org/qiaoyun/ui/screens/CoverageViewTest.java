package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.registry.Area;
import org.qiaoyun.kernel.registry.AreaInput;
import org.qiaoyun.kernel.registry.OrganisationForm;

/**
 * 基层组织覆盖 on screen: a county admin records a village where a federation is due and sees the gap grow, then
 * removes it after a confirmation; the city sees its counties side by side; nobody else opens it.
 */
class CoverageViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<Area> areas() {
        return _get(Grid.class, s -> s.withId("areas-grid"));
    }

    private static List<String> areaNames() {
        Grid<Area> grid = areas();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }


    private static String figure(String id) {
        VerticalLayout box = _get(VerticalLayout.class, s -> s.withId(id));
        return ((Span) box.getComponentAt(0)).getText();
    }

    private static void seed(String tenant, String code, String name, int people, OrganisationForm form) {
        asPlatform(() -> kernel.areas().record(tenant, new AreaInput(code, name, people, 2025, null, form, null)));
    }

    @Test
    void aCountyAdminRecordsAVillageWhereAFederationIsDueAndSeesTheGapGrowAndTheRefusalsInChinese() {
        seed("gd-jiangmen-kaiping", "440783100", "月山镇", 230, OrganisationForm.FEDERATION);
        signInAndOpen("kaiping-admin", "coverage");
        assertThat(figure("headline-gap")).isEqualTo("0");
        assertThat(figure("headline-rate")).isEqualTo("100.0%");
        assertThat(areaNames()).containsExactly("月山镇");

        _click(_get(Button.class, s -> s.withId("action-add-area")));
        _setValue(_get(TextField.class, s -> s.withLabel("区划代码")), "440781100201");
        _setValue(_get(TextField.class, s -> s.withLabel("名称")), "三门里村");
        _click(_get(Button.class, s -> s.withId("area-save")));
        IntegerField people = _get(IntegerField.class, s -> s.withLabel("侨情人数"));
        assertThat(people.isInvalid()).as("a required field left empty").isTrue();
        _setValue(people, 48);
        _click(_get(Button.class, s -> s.withId("area-save")));
        TextField code = _get(TextField.class, s -> s.withLabel("区划代码"));
        assertThat(code.getErrorMessage()).as("a village of another county, told in Chinese at the field")
                .isEqualTo("区划代码 440781100201 不在本侨联的行政区划 440783 之内");
        _setValue(code, "440783100201");
        _click(_get(Button.class, s -> s.withId("area-save")));
        assertThat(_find(Component.class, s -> s.withId("area-dialog"))).isEmpty();
        assertThat(areaNames()).containsExactly("月山镇", "三门里村");
        assertThat(figure("headline-gap")).isEqualTo("1");
        assertThat(figure("headline-rate")).isEqualTo("50.0%");

        areas().select(GridKt._get(areas(), 1));
        _click(_get(Button.class, s -> s.withId("action-remove-area")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(areaNames()).containsExactly("月山镇");
        assertThat(figure("headline-gap")).isEqualTo("0");
    }

    @Test
    void theCitySeesItsCountiesSideBySide() {
        seed("gd-jiangmen-taishan", "440781108", "赤溪镇", 120, OrganisationForm.NONE);
        signInAndOpen("jiangmen-admin", "coverage");
        @SuppressWarnings("unchecked")
        Grid<org.qiaoyun.kernel.registry.CoverageReport.Row> children = _get(Grid.class, s -> s.withId("coverage-children"));
        assertThat(IntStream.range(0, GridKt._size(children)).mapToObj(i -> GridKt._get(children, i).tenant().code()))
                .containsExactly("gd-jiangmen-kaiping", "gd-jiangmen-taishan");
        assertThat(_find(VerticalLayout.class, s -> s.withId("areas-section"))).as("a city with counties keeps no areas of its own")
                .isEmpty();
    }

    @Test
    void aViewerReadsTheCountysAreasWithoutChangingThem() {
        seed("gd-jiangmen-taishan", "440781109", "端芬镇", 633, OrganisationForm.FEDERATION);
        signInAndOpen("taishan-viewer", "coverage");
        assertThat(areaNames()).contains("端芬镇");
        assertThat(_find(Button.class, s -> s.withId("action-add-area"))).as("a viewer reads only").isEmpty();
    }

    @Test
    void othersFindNoSuchScreen() {
        signInAndOpen("taishan-caseworker", "coverage");
        assertNotFound();
        assertThat(_find(Component.class, s -> s.withId("coverage-view"))).isEmpty();
    }

    @Test
    void inEnglishEveryWordIsEnglish() {
        english();
        signInAndOpen("taishan-admin", "coverage");
        assertThat(_get(Button.class, s -> s.withId("action-add-area")).getText()).isEqualTo("Record an area");
        assertThat(_get(VerticalLayout.class, s -> s.withId("headline-gap")).getComponentAt(1).getElement().getText()).isEqualTo("Gap");
    }
}
