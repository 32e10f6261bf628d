package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** 组织档案 on screen: the county admin saves the record, told in Chinese at the field what is wrong with a code. */
class ProfileViewTest extends ScreenTest {

    @Test
    void theAdminSavesTheRecordAndAWrongCodeIsExplainedAtItsField() {
        signInAndOpen("kaiping-admin", "profile");
        TextField uscc = _get(TextField.class, s -> s.withLabel("统一社会信用代码"));
        _setValue(uscc, "91440300708461136X");
        _click(_get(Button.class, s -> s.withId("profile-save")));
        assertThat(uscc.getErrorMessage()).isEqualTo("统一社会信用代码的校验码“X”不对");
        _setValue(uscc, "91440300O08461136T");
        _click(_get(Button.class, s -> s.withId("profile-save")));
        assertThat(uscc.getErrorMessage()).isEqualTo("统一社会信用代码第 9 位“O”不是可用字符（不用 I、O、S、V、Z）");

        _setValue(uscc, "91440300708461136T");
        _setValue(_get(DatePicker.class, s -> s.withLabel("上次换届日期")), LocalDate.of(2015, 6, 1));
        _click(_get(Button.class, s -> s.withId("profile-save")));
        NotificationsKt.expectNotifications("组织档案已保存");
        assertThat(_get(Span.class, s -> s.withId("profile-election")).getText()).startsWith("换届已逾期：应于 2020-06-01 换届");
        assertThat(kernel.accounts().identity("kaiping-admin").map(caller -> org.qiaoyun.kernel.access.Caller.as(caller,
                () -> kernel.profiles().of("gd-jiangmen-kaiping").orElseThrow().uscc()))).hasValue("91440300708461136T");
    }

    @Test
    void theAdminRecordsCommitteeMembersAndATermRunOutIsFlagged() {
        signInAndOpen("kaiping-admin", "profile");
        _click(_get(Button.class, s -> s.withId("action-add-member")));
        _click(_get(Button.class, s -> s.withId("member-save")));
        assertThat(_get(TextField.class, s -> s.withLabel("姓名")).isInvalid()).as("a name is needed").isTrue();
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), "关秀梅");
        _setValue(_get(TextField.class, s -> s.withLabel("职务")), "副主席");
        _setValue(_get(DatePicker.class, s -> s.withLabel("任期开始")), LocalDate.of(2015, 6, 1));
        _setValue(_get(DatePicker.class, s -> s.withLabel("任期结束")), LocalDate.of(2014, 6, 1));
        _click(_get(Button.class, s -> s.withId("member-save")));
        assertThat(_get(DatePicker.class, s -> s.withLabel("任期结束")).getErrorMessage()).isEqualTo("任期结束日期 2014-06-01 早于开始日期 2015-06-01");
        _setValue(_get(DatePicker.class, s -> s.withLabel("任期结束")), LocalDate.of(2020, 5, 31));
        _click(_get(Button.class, s -> s.withId("member-save")));
        assertThat(_find(Component.class, s -> s.withId("member-dialog"))).isEmpty();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> members = _get(com.vaadin.flow.component.grid.Grid.class, s -> s.withId("committee-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(members)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(members, 0))
                .startsWith("关秀梅", "副主席", "2015-06-01 至 2020-05-31");
        assertThat(((Span) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(members, 0, "standing")).getText())
                .as("the term ran out in 2020").isEqualTo("任期已满");
        signInAndOpen("kaiping-admin", "profile");
        assertThat(_get(Span.class, s -> s.withId("profile-election")).getText()).as("and the election banner says so")
                .endsWith("；1 名委员任期已满");
    }

    @Test
    void aViewerReadsTheMembersWithoutChangingThem() {
        signInAndOpen("taishan-viewer", "profile");
        assertThat(_find(Component.class, s -> s.withId("committee-grid"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("action-add-member"))).isEmpty();
    }

    @Test
    void othersFindNoSuchScreen() {
        signInAndOpen("taishan-volunteer", "profile");
        assertNotFound();
        assertThat(_find(Component.class, s -> s.withId("profile-view"))).isEmpty();
    }
}
