package org.qiaoyun.plugins.events.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.guest;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.time.LocalDateTime;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.screens.Words;
import org.qiaoyun.testing.TestTenantScope;

/** The event screens without a browser (Karibu-Testing), in Chinese, on the module's real database. */
@org.junit.jupiter.api.extension.ExtendWith(MockedUi.class)
class ScreensTest {

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void anEmptyListSaysWhatToDoFirstAndTheFormNamesEveryMissingFieldAndAnEndBeforeTheStart() {
        TestTenantScope organiser = scope("sc-list", "sc-organiser", "organiser");
        EventsView list = new EventsView(organiser);
        assertThat(list.empty.isVisible()).isTrue();
        assertThat(text(list.empty)).contains("还没有活动", "策划活动");
        assertThat(new EventsView(scope("sc-list", "sc-viewer", "viewer")).plan).as("viewers read only").isNull();

        EventForm form = new EventForm(EventWords.of(Text.CHINESE), null, details -> new Events(organiser).plan(details));
        ButtonKt._click(form.save);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).doesNotContainPattern("[A-Za-z]{3,}");
        form.title.setValue("重阳敬老联谊");
        form.kind.setValue(Kind.FESTIVAL);
        form.place.setValue("侨联活动中心");
        form.startsAt.setValue(LocalDateTime.of(2026, 12, 20, 14, 0));
        form.endsAt.setValue(LocalDateTime.of(2026, 12, 20, 9, 0));
        form.capacity.setValue(60);
        ButtonKt._click(form.save);
        assertThat(form.endsAt.isInvalid()).isTrue();
        assertThat(form.endsAt.getErrorMessage()).isEqualTo("结束时间应晚于开始时间");
        form.endsAt.setValue(LocalDateTime.of(2026, 12, 20, 17, 0));
        ButtonKt._click(form.save);
        assertThat(new Events(organiser).count(null)).isEqualTo(1);
    }

    @Test
    void theListPagesAndSortsFromTheDatabaseAndFindsByTitle() {
        TestTenantScope organiser = scope("sc-page", "sc-organiser", "organiser");
        Events events = new Events(organiser);
        for (int i = 0; i < 60; i++) {
            CulturalEvent.Details g = gathering(10 + i);
            events.plan(new CulturalEvent.Details((i == 7 ? "侨批展览" : "联谊会 ") + i, i == 7 ? Kind.EXHIBITION : Kind.FESTIVAL, null,
                    "礼堂", false, g.startsAt().plusSeconds(i * 3600L), g.endsAt().plusSeconds(i * 3600L), null, 10 + i, null, null, false, null, null));
        }
        EventsView list = new EventsView(organiser);
        assertThat(GridKt._size(list.grid)).isEqualTo(60);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("联谊会 0");
        GridKt._sortByKey(list.grid, "capacity", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).as("sorted by the database").contains("联谊会 59", "69");
        list.search.setValue("侨批");
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("侨批展览7", "展览");
    }

    @Test
    void theEventShowsItsSignUpsWithTheLineAndTheDoorChecksInByCodeAndRefusesAUsedOnePlainly() {
        TestTenantScope organiser = scope("sc-door", "sc-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(2));
        CulturalEvent event = events.publish(planned.id(), planned.version());
        Registrations publicPage = new Registrations(visitor("sc-door"), LINKS);
        Registration first = publicPage.signUp(event.id(), guest("司徒先生", "13800000071", 1));
        publicPage.signUp(event.id(), guest("雷女士", "13800000072", 0));

        EventView view = new EventView(organiser, LINKS, new org.qiaoyun.plugins.events.event.EventStaffing(organiser, java.util.Optional.empty()));
        view.open(event.id());
        assertThat(text(view.tally)).isEqualTo("名额 2 人：已报名 2 人，候补 1 人，到场 0 人");
        assertThat(GridKt._size(view.signUps)).isEqualTo(2);
        assertThat(text(view.volunteers)).isEqualTo("本侨联未启用志愿服务模块，活动不安排志愿者");
        assertThat(GridKt._getFormattedRow(view.signUps, 1)).contains("雷女士", "候补中");
        assertThat(view.actions.getChildren().filter(Button.class::isInstance).map(c -> ((Button) c).getText()).toList())
                .containsExactly("修改", "取消活动", "现场签到");
        com.vaadin.flow.component.html.Image qr = (com.vaadin.flow.component.html.Image) view.qr.getChildren().findFirst().orElseThrow();
        assertThat(qr.getSrc()).as("the sign-up link, drawn on the server").startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt().orElseThrow()).contains(LINKS.eventPage("sc-door", event.id()));
        assertThat(LINKS.eventPage("sc-door", event.id())).isEqualTo("https://qiaoyun.example.cn/p/sc-door/events/e/" + event.id());
        assertThat(text(view.qr)).contains("下载二维码图片");

        DoorView door = new DoorView(organiser, LINKS);
        door.open(event.id());
        door.code.setValue(first.code().toLowerCase());
        ButtonKt._click(door.checkIn);
        assertThat(text(door.answer)).isEqualTo("欢迎 司徒先生（2 人）");
        assertThat(text(door.count)).isEqualTo("已到场 2 人 / 报名 2 人");
        door.code.setValue(first.code());
        ButtonKt._click(door.checkIn);
        assertThat(text(door.answer)).startsWith("这个签到码已于").doesNotContainPattern("[A-Za-z]{3,}");
        door.code.setValue("ZZZZ2222");
        ButtonKt._click(door.checkIn);
        assertThat(text(door.answer)).isEqualTo("签到码 ZZZZ2222 不对，请核对");
        assertThat(Words.of(DoorView.class, EventWords.BUNDLE, Text.ENGLISH).get("door.check-in")).isEqualTo("Check in");
    }

    @Test
    void theDoorChecksInByAPhotoOfTheQrCodeOnThePersonsPageAndSaysPlainlyWhenAPhotoHoldsNone() throws Exception {
        TestTenantScope organiser = scope("sc-scan", "sc-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(5));
        CulturalEvent event = events.publish(planned.id(), planned.version());
        Registration guest = new Registrations(visitor("sc-scan"), LINKS).signUp(event.id(), guest("关女士", "13800000081", 1));

        DoorView door = new DoorView(organiser, LINKS);
        door.open(event.id());
        com.vaadin.flow.component.UI.getCurrent().add(door);
        assertThat(door.scan.getElement().getProperty("capture")).as("the phone's back camera").isEqualTo("environment");
        assertThat(door.scan.getElement().getProperty("accept")).isEqualTo("image/*");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(door.scan, "photo.jpg", photoOf(guest.code()));
        assertThat(text(door.answer)).isEqualTo("欢迎 关女士（2 人）");
        assertThat(text(door.count)).isEqualTo("已到场 2 人 / 报名 2 人");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(door.scan, "photo.jpg", photoOf(guest.code()));
        assertThat(text(door.answer)).as("the same code twice").startsWith("这个签到码已于");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(door.scan, "photo.jpg", photoOf(null));
        assertThat(text(door.answer)).isEqualTo("照片里没有读到二维码：请对准二维码再拍一次，或输入签到码");
        assertThat(Words.of(DoorView.class, EventWords.BUNDLE, Text.ENGLISH).get("door.scan-unread")).startsWith("No QR code could be read");
    }

    /** A phone's photo (JPEG) of a QR code of {@code text} on a grey background; none at all when {@code text} is null. */
    private static byte[] photoOf(String text) throws Exception {
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(1200, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, 0x909090);
            }
        }
        if (text != null) {
            com.google.zxing.common.BitMatrix code = new com.google.zxing.qrcode.QRCodeWriter()
                    .encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 360, 360, java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 4));
            for (int y = 0; y < code.getHeight(); y++) {
                for (int x = 0; x < code.getWidth(); x++) {
                    photo.setRGB(300 + x, 200 + y, code.get(x, y) ? 0x101010 : 0xFAFAFA);
                }
            }
        }
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    void theCalendarShowsTheMonthsEventsOnTheirDaysAndTurnsTheMonth() {
        TestTenantScope organiser = scope("sc-cal", "sc-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(20));
        events.publish(planned.id(), planned.version());
        CulturalEvent draft = events.plan(new CulturalEvent.Details("侨批讲座", Kind.LECTURE, null, "礼堂", false,
                gathering(1).startsAt().plus(java.time.Duration.ofDays(3)), gathering(1).endsAt().plus(java.time.Duration.ofDays(3)), null, 30,
                null, null, false, null, null));
        CalendarView calendar = new CalendarView(organiser);
        assertThat(calendar.title.getText()).isEqualTo("2026 年 12 月");
        String eighth = text(calendar.month.getChildren().filter(c -> c.getId().orElse("").equals("events-calendar-2026-12-08"))
                .findFirst().orElseThrow());
        assertThat(eighth).isEqualTo("810:00 中秋联谊晚会");
        String eleventh = text(calendar.month.getChildren().filter(c -> c.getId().orElse("").equals("events-calendar-2026-12-11"))
                .findFirst().orElseThrow());
        assertThat(eleventh).contains("侨批讲座（草稿）");
        assertThat(text(new CalendarView(scope("sc-cal", "sc-member")).month)).as("a member sees no draft").doesNotContain("侨批讲座")
                .contains("中秋联谊晚会");
        ButtonKt._click(calendar.next);
        assertThat(calendar.title.getText()).isEqualTo("2027 年 1 月");
        assertThat(text(calendar.month)).doesNotContain("中秋联谊晚会");
        assertThat(draft.status()).isEqualTo(org.qiaoyun.plugins.events.event.Status.DRAFT);
    }
}
