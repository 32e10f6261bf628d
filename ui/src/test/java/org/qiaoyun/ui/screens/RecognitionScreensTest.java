package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/**
 * An organiser registers a volunteer, records a course and nominates them; the federation's admin endorses
 * the nomination and sets the stars; a volunteer sees the leaderboard and the stars but cannot change them.
 */
class RecognitionScreensTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    @Test
    void organiserRegistersTrainsAndNominatesThenTheAdminEndorses() throws Exception {
        String name = "梁志愿" + System.nanoTime();
        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/register");
        _click(_get(Button.class, s -> s.withId("vol-reg-new")));
        String username = "liang-" + System.nanoTime();
        asPlatform(() -> kernel.accounts().create(TAISHAN, username, DEMO_PASSWORD,
                java.util.Set.of(org.qiaoyun.kernel.access.Role.VOLUNTEER))); // a volunteer record is bound to a user of the federation
        _setValue(_get(TextField.class, s -> s.withId("vol-reg-form-username")), username);
        _click(_get(Button.class, s -> s.withId("vol-reg-save")));
        TextField fullName = _get(TextField.class, s -> s.withId("vol-reg-form-name"));
        assertThat(fullName.isInvalid()).as("the name is required, said at the field").isTrue();
        _setValue(fullName, name);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-reg-form-birth-date")),
                java.time.LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusYears(15));
        _click(_get(Button.class, s -> s.withId("vol-reg-save")));
        assertThat(_get(TextField.class, s -> s.withId("vol-reg-form-guardian-name")).getErrorMessage())
                .as("a minor serves with a guardian's consent").startsWith("未满 18 周岁");
        _setValue(_get(TextField.class, s -> s.withId("vol-reg-form-guardian-name")), "梁母");
        _setValue(_get(TextField.class, s -> s.withId("vol-reg-form-guardian-phone")), "13900000001");
        _click(_get(Button.class, s -> s.withId("vol-reg-save")));
        NotificationsKt.expectNotifications("已登记：" + name);

        _setValue(_get(TextField.class, s -> s.withId("vol-reg-name")), name);
        @SuppressWarnings("unchecked")
        Grid<Object> register = _get(Grid.class, s -> s.withId("vol-register"));
        assertThat(GridKt._size(register)).isEqualTo(1);
        register.select(GridKt._get(register, 0));
        assertThat(_find(Anchor.class, s -> s.withId("vol-record-certificate"))).as("no certificate without hours").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("vol-record-personal")).getText())
                .contains("未成年，监护人：梁母");

        ComboBox<?> course = _get(ComboBox.class, s -> s.withId("vol-training-course"));
        @SuppressWarnings("unchecked")
        ComboBox<String> courseField = (ComboBox<String>) course;
        courseField.setValue("应急救护培训");
        _click(_get(Button.class, s -> s.withId("vol-training-save")));
        IntegerField hours = _get(IntegerField.class, s -> s.withId("vol-training-hours"));
        assertThat(hours.isInvalid()).as("a course lasts 1 to 200 hours").isTrue();
        _setValue(hours, 8);
        _click(_get(Button.class, s -> s.withId("vol-training-save")));
        NotificationsKt.expectNotifications("已记录");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("vol-record-trainings")))).isEqualTo(1);

        _click(_get(Button.class, s -> s.withId("vol-record-nominate")));
        _setValue(_get(TextArea.class, s -> s.withId("vol-nominate-reason")), "很好");
        _click(_get(Button.class, s -> s.withId("vol-nominate-save")));
        assertThat(_get(TextArea.class, s -> s.withId("vol-nominate-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("vol-nominate-reason")), "组织侨乡文化节志愿服务，带领二十名青年志愿者。" + name);
        _click(_get(Button.class, s -> s.withId("vol-nominate-save")));
        NotificationsKt.expectNotifications("已提交推荐，待管理员审定");

        signInAndOpen("taishan-admin", "t/" + TAISHAN + "/volunteers/recognition");
        @SuppressWarnings("unchecked")
        Grid<Object> nominations = _get(Grid.class, s -> s.withId("vol-nominations"));
        int row = -1;
        for (int i = 0; i < GridKt._size(nominations); i++) {
            Object n = GridKt._get(nominations, i);
            if (String.valueOf(n.getClass().getMethod("reason").invoke(n)).endsWith(name)) {
                row = i;
            }
        }
        assertThat(row).as("the admin sees the nomination").isNotNegative();
        Object nomination = GridKt._get(nominations, row);
        String id = String.valueOf(nomination.getClass().getMethod("id").invoke(nomination));
        _click(_get(GridKt._getCellComponent(nominations, row, "decision"), Button.class, s -> s.withId("vol-nomination-endorse-" + id)));
        NotificationsKt.expectNotifications("已通过");

        TextField stars = _get(TextField.class, s -> s.withId("vol-star-thresholds"));
        _setValue(stars, "300, 100");
        _click(_get(Button.class, s -> s.withId("vol-star-save")));
        assertThat(stars.isInvalid()).as("thresholds rise").isTrue();
        _setValue(stars, "100, 300, 600, 1000, 1500, 2000");
        _click(_get(Button.class, s -> s.withId("vol-star-save")));
        NotificationsKt.expectNotifications("已保存");
        _setValue(stars, "100, 300, 600, 1000, 1500");
        _click(_get(Button.class, s -> s.withId("vol-star-save")));
    }

    @Test
    void aVolunteerSeesTheLeaderboardAndStarsButNoNominations() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/recognition");
        assertThat(_find(Grid.class, s -> s.withId("vol-leaderboard"))).hasSize(1);
        assertThat(_get(TextField.class, s -> s.withId("vol-star-thresholds")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, s -> s.withId("vol-star-save"))).isEmpty();
        assertThat(_find(Grid.class, s -> s.withId("vol-nominations"))).isEmpty();
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/register");
        assertThat(_find(Grid.class, s -> s.withId("vol-register"))).isEmpty();
    }
}
