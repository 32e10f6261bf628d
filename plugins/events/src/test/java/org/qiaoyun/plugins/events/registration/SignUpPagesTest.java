package org.qiaoyun.plugins.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.EventsDatabase;
import org.qiaoyun.plugins.events.Visitor;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.testing.TestTenantScope;

/** The public sign-up page as a guest from a WeChat group meets it: plain HTML, a form, the consent text, their own link. */
class SignUpPagesTest {

    private final SignUpPages pages = new SignUpPages(LINKS);

    private static PublicRequest get(Visitor visitor, Locale language, String... path) {
        return new PublicRequest("GET", List.of(path), Map.of(), Map.of(), language, visitor);
    }

    private static PublicRequest post(Visitor visitor, Map<String, String> form, String... path) {
        return new PublicRequest("POST", List.of(path), Map.of(), form, Text.CHINESE, visitor);
    }

    @Test
    void aGuestSignsUpOnThePublicPageAndFindsTheirPlaceAndCodeBehindTheirOwnLink() {
        TestTenantScope organiser = scope("pg-sign", "pg-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent draft = events.plan(gathering(10));
        Visitor visitor = visitor("pg-sign");
        assertThat(pages.answer(get(visitor, Text.CHINESE, "e", draft.id())).status()).as("a draft is not there").isEqualTo(404);
        CulturalEvent event = events.publish(draft.id(), draft.version());

        PublicPage list = pages.answer(get(visitor, Text.CHINESE));
        assertThat(list.body().markup()).contains("中秋联谊晚会", "href=\"e/" + event.id() + "\"");
        PublicPage page = pages.answer(get(visitor, Text.CHINESE, "e", event.id()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().markup()).contains("<form method=\"post\" action=\"e/" + event.id() + "\"", "name=\"companions\"",
                "type=\"checkbox\"", "活动结束一年后删除", "名额 10 人，尚余 10 人").doesNotContain("<script");
        assertThat(pages.answer(get(visitor, Text.ENGLISH, "e", event.id())).body().markup()).contains("until one year after the event");

        PublicPage noConsent = pages.answer(post(visitor, Map.of("name", "陈女士", "phone", "13800000051", "companions", "2"), "e", event.id()));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body().markup()).contains("请阅读并同意报名信息的保存说明", "value=\"13800000051\"");
        PublicPage done = pages.answer(post(visitor, Map.of("name", "陈女士", "phone", "13800000051", "companions", "2", "country", "加拿大",
                "consent", "yes"), "e", event.id()));
        assertThat(done.status()).isEqualTo(303);
        String token = done.redirect().substring(2);
        assertThat(done.redirect()).startsWith("r/");
        PublicPage twice = pages.answer(post(visitor, Map.of("name", "陈女士", "phone", "13800000051", "consent", "yes"), "e", event.id()));
        assertThat(twice.status()).as("the same phone twice").isEqualTo(409);

        PublicPage own = pages.answer(get(visitor, Text.CHINESE, "r", token));
        Registration mine = new Registrations(visitor, LINKS).own(token).orElseThrow().registration();
        assertThat(own.body().markup()).contains("陈女士，您的报名状态：已确认（共 3 人）", "签到码：" + mine.code(),
                "action=\"r/" + token + "/cancel\"", "<img src=\"data:image/svg+xml;base64,", "alt=\"签到码 " + mine.code() + " 的二维码\"");
        assertThat(pages.answer(get(visitor, Text.CHINESE, "r", "x".repeat(43))).status()).as("no enumeration of places").isEqualTo(404);
        assertThat(pages.answer(get(visitor, Text.CHINESE, "r", "nope")).status()).isEqualTo(404);
        assertThat(pages.answer(get(visitor, Text.CHINESE, "e", "no-such-event")).status()).isEqualTo(404);
        assertThat(pages.answer(get(visitor, Text.CHINESE, "anything", "else", "here")).status()).isEqualTo(404);

        assertThat(pages.answer(post(visitor, Map.of(), "r", token, "cancel")).redirect()).isEqualTo("r/" + token);
        assertThat(pages.answer(get(visitor, Text.CHINESE, "r", token)).body().markup()).contains("已取消").doesNotContain("/cancel");
        assertThat(new Registrations(organiser, LINKS).tally(event.id()).taken()).isZero();
    }

    @Test
    void whatAGuestTypedIsShownAsTextNeverAsMarkup() {
        TestTenantScope organiser = scope("pg-xss", "pg-organiser", "organiser");
        CulturalEvent planned = new Events(organiser).plan(gathering(10));
        CulturalEvent event = new Events(organiser).publish(planned.id(), planned.version());
        Visitor visitor = visitor("pg-xss");
        PublicPage refused = pages.answer(post(visitor, Map.of("name", "<script>alert(1)</script>", "email", "not-an-address", "consent", "yes"),
                "e", event.id()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().markup()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "电子邮箱格式不正确").doesNotContain("<script>");
    }

    @Test
    void oneAddressSignsUpTwentyTimesAnHourThenIsToldPlainlyToWaitWithNothingStoredWhileOthersSignUp() {
        TestTenantScope organiser = scope("pg-pace", "pg-organiser", "organiser");
        CulturalEvent planned = new Events(organiser).plan(gathering(100));
        CulturalEvent event = new Events(organiser).publish(planned.id(), planned.version());
        Visitor visitor = visitor("pg-pace");
        for (int i = 0; i < ClientSignUp.LIMIT; i++) {
            PublicRequest form = new PublicRequest("POST", List.of("e", event.id()), Map.of(), Map.of("name", "来宾" + i,
                    "phone", "139022300" + (10 + i), "consent", "yes"), Text.CHINESE, visitor, "client-a");
            assertThat(pages.answer(form).status()).as("sign-up " + i).isEqualTo(303);
        }
        PublicPage refused = pages.answer(new PublicRequest("POST", List.of("e", event.id()), Map.of(), Map.of("name", "再一位",
                "phone", "13902230099", "consent", "yes"), Text.CHINESE, visitor, "client-a"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().markup()).contains("您所在的网络一小时内已报名 20 次", "请约 60 分钟后再试", "value=\"再一位\"");
        PublicPage english = pages.answer(new PublicRequest("POST", List.of("e", event.id()), Map.of(), Map.of("name", "One more",
                "phone", "13902230098", "consent", "yes"), Text.ENGLISH, visitor, "client-a"));
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.body().markup()).contains("20 sign-ups have come from your network within the hour");
        assertThat(new Registrations(organiser, LINKS).tally(event.id()).taken()).as("nothing stored for the refused").isEqualTo(20);

        assertThat(pages.answer(new PublicRequest("POST", List.of("e", event.id()), Map.of(), Map.of("name", "邻居",
                "phone", "13902230097", "consent", "yes"), Text.CHINESE, visitor, "client-b")).status()).as("another address").isEqualTo(303);
        Visitor anHourOn = EventsDatabase.visitorAt(EventsDatabase.NOW.plus(ClientSignUp.WINDOW).plusSeconds(1), "pg-pace");
        assertThat(pages.answer(new PublicRequest("POST", List.of("e", event.id()), Map.of(), Map.of("name", "再一位",
                "phone", "13902230099", "consent", "yes"), Text.CHINESE, anHourOn, "client-a")).status()).as("an hour on").isEqualTo(303);
        new org.qiaoyun.plugins.events.EventsDailyWork().run(anHourOn.kept());
        assertThat(new Registrations(organiser, LINKS).tally(event.id()).taken()).isEqualTo(22);
    }
}
