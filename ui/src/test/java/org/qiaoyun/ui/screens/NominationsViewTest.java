package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.registry.Nomination;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * 推荐评选 on screen: the county nominates its cadre for the province's award, is told at the field what is missing,
 * and the city, signing in, finds it waiting, opens it and recommends it up after confirming; the steps show the way.
 */
class NominationsViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<Nomination> grid() {
        return _get(Grid.class, s -> s.withId("nominations-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    void aCountyNominatesForTheProvincesAwardAndIsToldWhatIsMissing() {
        signInAndOpen("kaiping-admin", "nominations");
        _click(_get(Button.class, s -> s.withId("action-nominate")));
        ComboBox<Nomination.Award> award = combo("nomination-award");
        _setValue(award, Nomination.Award.WORKER);
        _setValue(_get(TextField.class, s -> s.withId("nomination-nominee")), "司徒美玲");
        _click(_get(Button.class, s -> s.withId("nomination-save")));
        assertThat(_get(TextArea.class, s -> s.withId("nomination-citation")).isInvalid()).as("the deeds are needed").isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("nomination-citation")), "十年走访侨户三千余户");
        ComboBox<Tenant> awarding = combo("nomination-awarding");
        _setValue(awarding, kernel.tenants().require("gd"));
        _click(_get(Button.class, s -> s.withId("nomination-save")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("司徒美玲", "最美基层侨联工作者", "待江门市侨联办理");
    }

    @Test
    void theCityFindsANominationWaitingOpensItAndRecommendsItUp() {
        org.qiaoyun.kernel.access.Caller.as(kernel.accounts().identity("taishan-admin").orElseThrow(), () -> kernel.nominations()
                .nominate("gd-jiangmen-taishan", new org.qiaoyun.kernel.registry.NominationInput(Nomination.Award.VOLUNTEER,
                        kernel.profiles().today().getYear(), "黄嘉怡", "组织侨眷志愿服务四百小时", "gd")));
        signInAndOpen("jiangmen-admin", "nominations");
        _setValue(NominationsViewTest.<org.qiaoyun.kernel.registry.Nominations.Box>combo("nominations-box"),
                org.qiaoyun.kernel.registry.Nominations.Box.WAITING);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        grid().select(GridKt._get(grid(), 0));
        assertThat(_find(Button.class, s -> s.withId("action-award-nomination"))).as("the province awards, not the city").isEmpty();
        _click(_get(Button.class, s -> s.withId("action-open-nomination")));
        assertThat(_get(OrderedList.class, s -> s.withId("nomination-steps")).getElement().getTextRecursively()).contains("台山市侨联", "推荐");
        _click(_get(Button.class, s -> s.withText("关闭")));
        _click(_get(Button.class, s -> s.withId("action-recommend")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(grid())).as("no longer waiting here").isZero();
        _setValue(NominationsViewTest.<org.qiaoyun.kernel.registry.Nominations.Box>combo("nominations-box"),
                org.qiaoyun.kernel.registry.Nominations.Box.ALL);
        assertThat(GridKt._getFormattedRow(grid(), 0)).as("the city still reads what it passed on").contains("待广东省侨联办理");
    }
}
