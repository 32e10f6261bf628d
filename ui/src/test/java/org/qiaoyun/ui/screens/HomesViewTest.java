package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.registry.Home;

/** 侨胞之家 on screen: a county registers a home and its five haves with evidence; only the city above assesses it. */
class HomesViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private static Grid<Home> grid() {
        return _get(Grid.class, s -> s.withId("homes-grid"));
    }

    @Test
    void aCountyRegistersAHomeAndClaimsTheHavesItCanShowAndTheCityAssessesIt() {
        signInAndOpen("kaiping-admin", "homes");
        assertThat(_find(Button.class, s -> s.withId("action-assess"))).as("its own federation does not assess from above").isEmpty();
        _click(_get(Button.class, s -> s.withId("action-register-home")));
        _setValue(_get(TextField.class, s -> s.withId("home-name")), "赤坎侨胞之家");
        _click(_get(Button.class, s -> s.withId("home-save")));
        assertThat(GridKt._size(grid())).isEqualTo(1);

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-self-assess")));
        _setValue(_get(Checkbox.class, s -> s.withId("have-organisation")), true);
        _setValue(_get(TextArea.class, s -> s.withId("evidence-organisation")), "理事会五人");
        _setValue(_get(Checkbox.class, s -> s.withId("have-venue")), true);
        _click(_get(Button.class, s -> s.withId("home-save")));
        TextArea venue = _get(TextArea.class, s -> s.withId("evidence-venue"));
        assertThat(venue.getErrorMessage()).as("a have claimed without evidence").isEqualTo("申报具备这一项，请写明依据");
        _setValue(venue, "赤坎古镇侨乡会馆一楼");
        _click(_get(Button.class, s -> s.withId("home-save")));
        assertThat(GridKt._get(grid(), 0).selfScore()).isEqualTo(2);
    }

    @Test
    void theCityAboveAssessesAHomeOfItsCounty() {
        asPlatform(() -> kernel.homes().register("gd-jiangmen-taishan", "台城侨胞之家", null, Home.Hosting.PARTY_MASS_CENTRE));
        signInAndOpen("jiangmen-admin", "homes?tenant=gd-jiangmen-taishan");
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-assess")));
        _setValue(_get(IntegerField.class, s -> s.withId("assessment-score")), 4);
        _click(_get(Button.class, s -> s.withId("home-save")));
        assertThat(GridKt._get(grid(), 0).assessedScore()).isEqualTo(4);
        assertThat(GridKt._get(grid(), 0).assessedBy()).isEqualTo("jiangmen-admin");
    }

    @Test
    void theEvidenceOfEachHaveIsKeptAsFilesBesideIt() {
        asPlatform(() -> kernel.homes().register("gd-jiangmen-kaiping", "长沙侨胞之家", null, Home.Hosting.STANDALONE));
        signInAndOpen("kaiping-admin", "homes");
        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, s -> s.withId("action-evidence-files")));
        for (org.qiaoyun.kernel.registry.Have have : org.qiaoyun.kernel.registry.Have.values()) {
            assertThat(_find(org.qiaoyun.screens.AttachmentsPanel.class, s -> s.withId("evidence-" + have.wireName() + "-files")))
                    .as(have.wireName()).hasSize(1);
        }
    }
}
