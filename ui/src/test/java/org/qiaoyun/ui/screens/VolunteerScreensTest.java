package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/** A volunteer on a phone (375 px): sees their hours, signs up for a shift and checks in with the code. */
class VolunteerScreensTest extends ScreenTest {

    private static final String TAISHAN = VolunteersFixture.TAISHAN;

    @Test
    void volunteerSignsUpAndChecksInOnAPhone() throws Exception {
        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(
                "375", "812", "375", "700", "375", "700", "0", "0", "0", "false", "Asia/Shanghai", null, "true", "3.0", "w1", "iPhone"));
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Paragraph.class, s -> s.withId("vol-not-registered")).getText()).isEqualTo("您尚未在本侨联登记为志愿者。");

        // the tenant's sign-up page: the volunteer registers themselves, an organiser approves
        _click(_get(Button.class, s -> s.withId("vol-self-register")));
        assertThat(_get(TextField.class, s -> s.withId("vol-self-name")).getErrorMessage()).isEqualTo("请填写姓名");
        _setValue(_get(TextField.class, s -> s.withId("vol-self-name")), "阿芳");
        _setValue(_get(TextField.class, s -> s.withId("vol-self-languages")), "台山话, English");
        _click(_get(Button.class, s -> s.withId("vol-self-register")));
        NotificationsKt.expectNotifications("已登记，待组织者审核");
        assertThat(_get(Paragraph.class, s -> s.withId("vol-no-hours")).getText()).isEqualTo("尚无服务时长记录。");
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        fixture.approve("taishan-volunteer");
        Instant start = kernel.clock().instant().plus(Duration.ofMinutes(10));
        Object shift = fixture.shift("侨乡文化节", start, Duration.ofHours(3), 5, "急救", false);
        String shiftId = VolunteersFixture.property(shift, "id");

        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Span.class, s -> s.withId("vol-hours")).getText()).isEqualTo("服务时长：0.0 小时");
        assertThat(_get(Span.class, s -> s.withId("vol-next-star")).getText()).isEqualTo("再服务 100.0 小时可获 1 星");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("vol-certificate")))
                .as("no certificate without hours").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-no-certificate")).getText()).isEqualTo("有服务时长后即可下载志愿服务证明。");
        _click(_get(Button.class, s -> s.withId("vol-my-details")));
        _setValue(_get(TextField.class, s -> s.withId("vol-details-district")), "大江镇");
        _click(_get(Button.class, s -> s.withId("vol-details-save")));
        NotificationsKt.expectNotifications("已保存");
        TextField skill = _get(TextField.class, s -> s.withId("vol-find-skill"));
        _setValue(skill, "潜水");
        assertThat(_find(Button.class, s -> s.withId("vol-sign-up-" + shiftId))).as("nobody here wants divers").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-no-shifts")).getText()).isEqualTo("目前没有可报名的班次。");
        _setValue(skill, "急救");
        _click(_get(Button.class, s -> s.withId("vol-sign-up-" + shiftId)));
        NotificationsKt.expectNotifications("已报名");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), "WRONG1");
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("签到码不正确");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), VolunteersFixture.property(shift, "checkInCode"));
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("已签到");
        assertThat(_find(Button.class, s -> s.withId("vol-check-out-" + shiftId))).hasSize(1);
    }
}
