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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.registry.Association;

/**
 * 1+N and 1+Y on screen: the city registers a chamber at home and a hometown association abroad, is told at the field
 * when a code or a country is wrong, filters by network, and removes a record only after confirming; a viewer reads.
 */
class AssociationsViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<Association> grid() {
        return _get(Grid.class, s -> s.withId("associations-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Association.Scope> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @Test
    void theCityKeepsItsNetworksAtHomeAndAbroad() {
        signInAndOpen("jiangmen-admin", "associations");
        assertThat(grid().getEmptyStateText()).isEqualTo("尚未登记社团：点击“登记社团”开始");

        _click(_get(Button.class, s -> s.withId("action-add-association")));
        _setValue(_get(TextField.class, s -> s.withId("association-name")), "江门市侨商会");
        _setValue(_get(TextField.class, s -> s.withId("association-uscc")), "91350100M000100Y4I");
        _click(_get(Button.class, s -> s.withId("association-save")));
        assertThat(_get(TextField.class, s -> s.withId("association-uscc")).getErrorMessage()).as("said at the field, in Chinese")
                .isNotBlank().doesNotContainPattern("[A-Za-z]{4,}");
        _setValue(_get(TextField.class, s -> s.withId("association-uscc")), "91350100M000100Y43");
        _click(_get(Button.class, s -> s.withId("association-save")));
        assertThat(GridKt._size(grid())).isEqualTo(1);

        _click(_get(Button.class, s -> s.withId("action-add-association")));
        _setValue(combo("association-scope"), Association.Scope.OVERSEAS);
        _setValue(_get(TextField.class, s -> s.withId("association-name")), "美国江门同乡会");
        _setValue(_get(IntegerField.class, s -> s.withId("association-since")), 1998);
        _click(_get(Button.class, s -> s.withId("association-save")));
        assertThat(_get(TextField.class, s -> s.withId("association-country")).isInvalid()).as("abroad, a country is needed").isTrue();
        _setValue(_get(TextField.class, s -> s.withId("association-country")), "美国");
        _click(_get(Button.class, s -> s.withId("association-save")));
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("美国江门同乡会", "海外侨团（1+Y）", "同乡会", "美国", "1998");

        _setValue(combo("associations-network"), Association.Scope.OVERSEAS);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-remove-association")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(GridKt._size(grid())).as("nothing removed before confirming").isEqualTo(1);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void aViewerReadsWithoutButtonsToChange() {
        signInAndOpen("taishan-viewer", "associations");
        assertThat(_find(Button.class, s -> s.withId("action-add-association"))).as("no button to change").isEmpty();
        assertThat(_find(Grid.class, s -> s.withId("associations-grid"))).hasSize(1);
    }
}
