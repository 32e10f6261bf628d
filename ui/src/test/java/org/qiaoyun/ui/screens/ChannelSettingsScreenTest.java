package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.notify.Suppression;

/**
 * The channels screen of a federation's admins: the staff group's robot webhook refused beside its field when it is
 * not a robot's, shown back masked once set, removed; the test says in plain words that nothing is set; nobody but
 * admins opens it.
 */
class ChannelSettingsScreenTest extends ScreenTest {

    private static final String WEBHOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa";

    private static String current() {
        return _get(Paragraph.class, s -> s.withId("channels-current")).getText();
    }

    @Test
    void anAdminSetsTheWebhookSeesItMaskedAndRemovesIt() {
        signInAndOpen("taishan-admin", "admin/channels");
        assertThat(current()).isEqualTo("还没有设置工作群机器人");
        TextField webhook = _get(TextField.class, s -> s.withId("channels-webhook"));

        webhook.setValue("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6");
        _click(_get(Button.class, s -> s.withId("channels-save")));
        assertThat(webhook.isInvalid()).isTrue();
        assertThat(webhook.getErrorMessage()).isEqualTo("机器人地址必须以 https:// 开头");
        assertThat(current()).isEqualTo("还没有设置工作群机器人");

        webhook.setValue(WEBHOOK);
        _click(_get(Button.class, s -> s.withId("channels-save")));
        assertThat(webhook.isInvalid()).isFalse();
        assertThat(webhook.getValue()).as("the key is not left on the screen").isEmpty();
        assertThat(current()).isEqualTo("当前地址：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa");

        _click(_get(Button.class, s -> s.withId("channels-remove")));
        assertThat(current()).isEqualTo("还没有设置工作群机器人");
        _click(_get(Button.class, s -> s.withId("channels-test")));
        assertThat(_get(Paragraph.class, s -> s.withId("channels-outcome")).getText()).isEqualTo("还没有设置工作群机器人地址");
    }

    @Test
    void anAdminsTestEmailSaysInPlainWordsWhyItCannotGo() {
        asPlatform(() -> kernel.accounts().changeContact("taishan-admin", null, null, "zh", null));
        signInAndOpen("taishan-admin", "admin/channels");
        Paragraph outcome = _get(Paragraph.class, s -> s.withId("channels-email-outcome"));
        _click(_get(Button.class, s -> s.withId("channels-email-test")));
        assertThat(outcome.getText()).startsWith("您的账号还没有填写电子邮箱");

        asPlatform(() -> kernel.accounts().changeContact("taishan-admin", "admin@taishan.example.cn", null, "zh", null));
        _click(_get(Button.class, s -> s.withId("channels-email-test")));
        assertThat(outcome.getText()).startsWith("平台还没有配置邮件服务器");
        asPlatform(() -> kernel.accounts().changeContact("taishan-admin", null, null, "zh", null));
    }

    @Test
    void anAdminSetsTheFederationsSmsSignNameARefusalShownAtTheField() {
        signInAndOpen("taishan-admin", "admin/channels");
        Paragraph current = _get(Paragraph.class, s -> s.withId("channels-sms-sign-current"));
        assertThat(current.getText()).isEqualTo("本侨联没有自己的签名，平台也还没有配置短信服务");
        TextField sign = _get(TextField.class, s -> s.withId("channels-sms-sign"));
        sign.setValue("台山 侨联");
        _click(_get(Button.class, s -> s.withId("channels-sms-sign-save")));
        assertThat(sign.isInvalid()).isTrue();
        assertThat(sign.getErrorMessage()).startsWith("短信签名只能由汉字、字母和数字组成");

        sign.setValue("【台山侨联】");
        _click(_get(Button.class, s -> s.withId("channels-sms-sign-save")));
        assertThat(sign.isInvalid()).isFalse();
        assertThat(current.getText()).isEqualTo("本侨联的短信以 【台山侨联】 签名");
        assertThat(sign.getValue()).isEqualTo("台山侨联");
        sign.setValue("台山市侨联");
        _click(_get(Button.class, s -> s.withId("channels-sms-sign-save")));
        assertThat(current.getText()).as("changed with the version it read").isEqualTo("本侨联的短信以 【台山市侨联】 签名");

        _click(_get(Button.class, s -> s.withId("channels-sms-sign-remove")));
        assertThat(current.getText()).isEqualTo("本侨联没有自己的签名，平台也还没有配置短信服务");
        assertThat(sign.getValue()).isEmpty();
    }

    @Test
    void anAdminFindsAnAddressOnTheSuppressionListAndTakesItOff() {
        asPlatform(() -> {
            kernel.suppressions().unsubscribe("gd-jiangmen-taishan", "chen.overseas@example.cn");
            kernel.suppressions().unsubscribe("gd-jiangmen-taishan", "li.ming@example.cn");
        });
        signInAndOpen("taishan-admin", "admin/channels");
        @SuppressWarnings("unchecked")
        Grid<Suppression> list = _get(Grid.class, s -> s.withId("channels-suppressions"));
        assertThat(GridKt._size(list)).isEqualTo(2);
        _get(TextField.class, s -> s.withId("channels-suppression-search")).setValue("CHEN");
        assertThat(GridKt._size(list)).as("any case").isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("chen.overseas@example.cn", "本人退订");

        _click((Button) GridKt._getCellComponent(list, 0, "lift"));
        assertThat(GridKt._size(list)).isZero();
        assertThat(kernel.suppressions().isSuppressed("gd-jiangmen-taishan", "chen.overseas@example.cn")).isFalse();
        assertThat(kernel.suppressions().isSuppressed("gd-jiangmen-taishan", "li.ming@example.cn")).isTrue();
        asPlatform(() -> kernel.suppressions().lift("gd-jiangmen-taishan", "LI.MING@example.cn"));
        assertThat(kernel.suppressions().isSuppressed("gd-jiangmen-taishan", "li.ming@example.cn")).as("lifted whatever its case").isFalse();
    }

    @Test
    void onlyAdminsOpenIt() {
        signInAndOpen("taishan-viewer", "admin/channels");
        assertNotFound();
    }
}
