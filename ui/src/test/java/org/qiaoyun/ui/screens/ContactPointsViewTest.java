package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.registry.ContactPoint;
import org.qiaoyun.kernel.registry.Visit;
import org.qiaoyun.kernel.tenant.Tenant;

/** 直接联系点 on screen: the city admin assigns itself a county and records a visit, which clears the flag. */
class ContactPointsViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<ContactPoint> grid() {
        return _get(Grid.class, s -> s.withId("points-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCityAssignsACountyAndTheCadreRecordsAVisit() {
        signInAndOpen("jiangmen-admin", "contact-points");
        assertThat(GridKt._size(grid())).isZero();
        _click(_get(Button.class, s -> s.withId("action-assign-point")));
        ComboBox<Account> cadre = _get(ComboBox.class, s -> s.withId("assign-cadre"));
        _setValue(cadre, kernel.accounts().find("jiangmen-admin").orElseThrow());
        ComboBox<Tenant> point = _get(ComboBox.class, s -> s.withId("assign-point"));
        _setValue(point, kernel.tenants().require("gd-jiangmen-kaiping"));
        _click(_get(Button.class, s -> s.withId("point-save")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).name()).isEqualTo("开平市侨联");

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-record-visit")));
        _setValue(_get(DatePicker.class, s -> s.withId("visit-day")), null);
        _click(_get(Button.class, s -> s.withId("point-save")));
        assertThat(_get(DatePicker.class, s -> s.withId("visit-day")).isInvalid()).as("the day is required").isTrue();
        _setValue(_get(DatePicker.class, s -> s.withId("visit-day")), kernel.contactPoints().today());
        _setValue(_get(TextField.class, s -> s.withLabel("见到的人")), "关主席");
        _click(_get(Button.class, s -> s.withId("point-save")));
        assertThat(GridKt._get(grid(), 0).lastVisit()).isEqualTo(kernel.contactPoints().today());

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-visits")));
        Grid<Visit> visits = _get(Grid.class, s -> s.withId("visits-grid"));
        assertThat(GridKt._get(visits, 0).met()).isEqualTo("关主席");
    }

    @Test
    void aViewerOfTheCountySeesNoAssignButton() {
        signInAndOpen("taishan-viewer", "contact-points");
        assertThat(_find(Button.class, s -> s.withId("action-assign-point"))).isEmpty();
    }
}
