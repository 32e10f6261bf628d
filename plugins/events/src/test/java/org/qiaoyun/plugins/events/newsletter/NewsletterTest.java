package org.qiaoyun.plugins.events.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.Visitor;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The newsletter on a real PostgreSQL: an edition goes once to every reader subscribed, in their language, with a
 * link of their own to unsubscribe; two sends at once send once; an unsubscribe or a bounce stops the next edition;
 * the public archive shows sent editions only; a sheet of readers is imported row by row.
 */
class NewsletterTest {

    static final NewsletterLinks LINKS = NewsletterLinks.under("https://qiaoyun.example.cn");
    private final NewsletterPages pages = new NewsletterPages();

    static Edition.Details edition(int number) {
        return new Edition.Details("侨乡新貌", number, LocalDate.of(2026, 12, 1));
    }

    static Edition writtenEdition(TestTenantScope editor, int number) {
        Editions editions = new Editions(editor, LINKS);
        Edition edition = editions.plan(edition(number));
        editions.addArticle(edition.id(), "碉楼申遗十五周年", "开平碉楼与村落列入世界遗产名录十五周年纪念活动在自力村举行。\n海外乡亲三百余人回乡参加。");
        editions.addArticle(edition.id(), "侨批档案展", "台山侨批档案展在侨联活动中心开幕，展期一个月。");
        return editions.get(edition.id()).edition();
    }

    static PublicRequest get(Visitor visitor, String... path) {
        return new PublicRequest("GET", List.of(path), Map.of(), Map.of(), Text.CHINESE, visitor);
    }

    static PublicRequest post(Visitor visitor, String... path) {
        return new PublicRequest("POST", List.of(path), Map.of(), Map.of(), Text.CHINESE, visitor);
    }

    @Test
    void anEditionReachesEverySubscribedReaderOnceInTheirLanguageAndASecondSendSendsNothing() {
        TestTenantScope editor = scope("nl-send", "nl-editor", "organiser");
        Subscribers subscribers = new Subscribers(editor);
        Subscriber chen = subscribers.add(Subscriber.Details.of("陈美玲", "Chen@Example.my", "中文", "海外联系人", "马来西亚"));
        Subscriber tom = subscribers.add(Subscriber.Details.of("Tom Lee", "tom@example.com", "English", "overseas", "USA"));
        Subscriber gone = subscribers.add(Subscriber.Details.of("黄先生", "huang@example.cn", "zh", "member", null));
        subscribers.bounced(gone.id(), "550 mailbox unavailable");
        Edition edition = writtenEdition(editor, 1);

        Edition sent = new Editions(editor, LINKS).send(edition.id(), edition.version());

        assertThat(sent.status()).isEqualTo(Edition.Status.SENT);
        assertThat(sent.recipients()).isEqualTo(2);
        List<TestTenantScope.Told> told = editor.told().stream().filter(t -> t.kind().equals("events.newsletter")).toList();
        assertThat(told).extracting(TestTenantScope.Told::recipient).containsExactlyInAnyOrder("chen@example.my", "tom@example.com");
        assertThat(told).filteredOn(t -> t.recipient().equals("tom@example.com")).singleElement()
                .satisfies(t -> assertThat(t.language()).isEqualTo("en"));
        assertThat(told).filteredOn(t -> t.recipient().equals("chen@example.my")).singleElement().satisfies(t -> {
            assertThat(t.language()).isEqualTo("zh");
            assertThat(t.arguments()).contains("侨乡新貌", "1", "2026-12-01",
                    "https://qiaoyun.example.cn/p/nl-send/events/newsletter/1",
                    "https://qiaoyun.example.cn/p/nl-send/events/newsletter/unsubscribe/" + chen.token());
            assertThat((String) t.arguments().get(4)).contains("【碉楼申遗十五周年】", "海外乡亲三百余人", "【侨批档案展】");
        });
        assertThat(editor.hasAudited("edition.send", edition.id())).isTrue();
        assertThat(editor.recorded(YearMonth.of(2026, 12))).containsEntry(NewsletterIndicators.EDITIONS_SENT, BigDecimal.ONE)
                .containsEntry(NewsletterIndicators.SUBSCRIBERS, BigDecimal.valueOf(2));

        assertThatThrownBy(() -> new Editions(editor, LINKS).send(edition.id(), sent.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("was sent on 2026-12-01 10:00");
        assertThat(editor.told().stream().filter(t -> t.kind().equals("events.newsletter"))).as("nothing more").hasSize(2);
        assertThatThrownBy(() -> new Editions(editor, LINKS).addArticle(edition.id(), "补充", "不能再改"))
                .isInstanceOf(ConflictException.class);
        assertThat(deliveries("nl-send")).isEqualTo(2);
    }

    @Test
    void twoSendsAtOnceSendTheEditionOnce() throws Exception {
        TestTenantScope editor = scope("nl-race", "nl-editor", "organiser");
        Subscribers subscribers = new Subscribers(editor);
        for (int i = 0; i < 40; i++) {
            subscribers.add(Subscriber.Details.of("读者" + i, "reader" + i + "@example.cn", "zh", "member", null));
        }
        Edition edition = writtenEdition(editor, 7);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> send = () -> {
            start.await();
            try {
                new Editions(editor, LINKS).send(edition.id(), edition.version());
                return true;
            } catch (ConflictException alreadySent) {
                return false;
            }
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> sends = new ArrayList<>();
        try {
            sends.add(two.submit(send));
            sends.add(two.submit(send));
            start.countDown();
            assertThat(List.of(sends.get(0).get(), sends.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            two.shutdownNow();
        }
        List<String> to = editor.told().stream().filter(t -> t.kind().equals("events.newsletter")).map(TestTenantScope.Told::recipient).toList();
        assertThat(to).hasSize(40).doesNotHaveDuplicates();
        assertThat(deliveries("nl-race")).isEqualTo(40);
    }

    @Test
    void aReaderWhoUnsubscribesByTheirLinkIsNotSentTheNextEdition() {
        TestTenantScope editor = scope("nl-unsub", "nl-editor", "organiser");
        Subscribers subscribers = new Subscribers(editor);
        Subscriber chen = subscribers.add(Subscriber.Details.of("陈美玲", "chen@example.my", "zh", "overseas", "马来西亚"));
        subscribers.add(Subscriber.Details.of("李伟", "li@example.cn", "zh", "member", null));
        Edition first = writtenEdition(editor, 1);
        new Editions(editor, LINKS).send(first.id(), first.version());

        Visitor visitor = visitor("nl-unsub");
        PublicPage ask = pages.answer(get(visitor, "unsubscribe", chen.token()), List.of("unsubscribe", chen.token()));
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body().markup()).contains("陈美玲，确定不再收到台山市侨联的侨刊乡讯（c***@example.my）吗？",
                "action=\"newsletter/unsubscribe/" + chen.token() + "\"").doesNotContain("chen@example.my");
        assertThat(new Subscribers(editor).byToken(chen.token()).orElseThrow().receives()).as("opening the link changes nothing").isTrue();
        PublicPage done = pages.answer(post(visitor, "unsubscribe", chen.token()), List.of("unsubscribe", chen.token()));
        assertThat(done.redirect()).isEqualTo("newsletter/unsubscribe/" + chen.token());
        assertThat(pages.answer(get(visitor), List.of("unsubscribe", chen.token())).body().markup())
                .contains("您已退订，今后不会再收到台山市侨联的侨刊乡讯。").doesNotContain("<form");
        assertThat(pages.answer(post(visitor), List.of("unsubscribe", "x".repeat(43))).status()).as("a wrong link").isEqualTo(404);
        Subscriber kept = new Subscribers(editor).byToken(chen.token()).orElseThrow();
        assertThat(kept.standing()).isEqualTo(Subscriber.Standing.UNSUBSCRIBED);
        assertThat(visitor.kept().notifications().isSuppressed("chen@example.my"))
                .as("on the federation's one suppression list: no email of the platform either").isTrue();
        assertThat(kept.unsubscribedAt()).isNotNull();

        Edition second = writtenEdition(editor, 2);
        assertThat(new Editions(editor, LINKS).send(second.id(), second.version()).recipients()).isEqualTo(1);
        assertThat(editor.told().stream().filter(t -> t.kind().equals("events.newsletter")).map(TestTenantScope.Told::recipient))
                .containsExactlyInAnyOrder("chen@example.my", "li@example.cn", "li@example.cn");
        assertThatThrownBy(() -> new Subscribers(editor).bounced(chen.id(), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAddressOnTheFederationsSuppressionListIsNotSentTheEdition() {
        TestTenantScope editor = scope("nl-suppressed", "nl-editor", "organiser");
        Subscribers subscribers = new Subscribers(editor);
        subscribers.add(Subscriber.Details.of("陈美玲", "chen@example.my", "zh", "overseas", "马来西亚"));
        subscribers.add(Subscriber.Details.of("李伟", "li@example.cn", "zh", "member", null));
        editor.suppressing("LI@example.cn"); // unsubscribed by the link of another email, or bounced when the platform sent to it
        Edition edition = writtenEdition(editor, 1);

        assertThat(new Editions(editor, LINKS).send(edition.id(), edition.version()).recipients()).as("counted as not sent").isEqualTo(1);
        assertThat(editor.told().stream().filter(t -> t.kind().equals("events.newsletter")).map(TestTenantScope.Told::recipient))
                .containsExactly("chen@example.my");
        assertThat(deliveries("nl-suppressed")).isEqualTo(1);
    }

    @Test
    void thePublicArchiveShowsSentEditionsOnly() {
        TestTenantScope editor = scope("nl-archive", "nl-editor", "organiser");
        new Subscribers(editor).add(Subscriber.Details.of("李伟", "li@example.cn", "zh", "member", null));
        Edition sent = writtenEdition(editor, 3);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        String article = new Editions(editor, LINKS).get(sent.id()).articles().get(0).id();
        String picture = new Editions(editor, LINKS).attachImage(sent.id(), article, "碉楼.png", png).id();
        new Editions(editor, LINKS).send(sent.id(), new Editions(editor, LINKS).get(sent.id()).edition().version());
        Edition draft = writtenEdition(editor, 4);
        String draftPicture = new Editions(editor, LINKS).attachImage(draft.id(),
                new Editions(editor, LINKS).get(draft.id()).articles().get(0).id(), "草稿.png", png).id();
        Visitor visitor = new Visitor(editor.as("nobody")); // the federation's files, as the platform keeps them per federation

        PublicPage archive = pages.answer(get(visitor), List.of());
        assertThat(archive.body().markup()).contains("台山市侨联侨刊乡讯", "href=\"newsletter/3\"", "第 3 期 · 侨乡新貌 · 2026-12-01")
                .doesNotContain("newsletter/4");
        PublicPage three = pages.answer(get(visitor), List.of("3"));
        assertThat(three.body().markup()).contains("<h2>碉楼申遗十五周年</h2>", "<p>海外乡亲三百余人回乡参加。</p>");
        assertThat(three.body().markup()).as("the article's picture").contains("<img src=\"newsletter/3/image/" + picture + "\"",
                "alt=\"插图：碉楼申遗十五周年\"");
        PublicPage shown = pages.answer(get(visitor), List.of("3", "image", picture));
        assertThat(shown.fileKind()).isEqualTo(PublicPage.FileKind.PNG);
        assertThat(shown.content()).isEqualTo(png);
        assertThat(pages.answer(get(visitor), List.of("4", "image", draftPicture)).status()).as("a draft's picture").isEqualTo(404);
        assertThat(pages.answer(get(visitor), List.of("3", "image", draftPicture)).status()).as("another edition's").isEqualTo(404);
        assertThat(pages.answer(get(visitor), List.of("4")).status()).as("a draft").isEqualTo(404);
        assertThat(pages.answer(get(visitor), List.of("3", "edition.pdf")).status()).as("no PDF in this one").isEqualTo(404);
        Edition pdfOnly = new Editions(editor, LINKS).plan(edition(5));
        new Editions(editor, LINKS).attachPdf(pdfOnly.id(), "第5期.pdf", "%PDF-1.4 the edition".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(pages.answer(get(visitor), List.of("5", "edition.pdf")).status()).as("not sent yet").isEqualTo(404);
        new Editions(editor, LINKS).send(pdfOnly.id(), new Editions(editor, LINKS).get(pdfOnly.id()).edition().version());
        assertThat(pages.answer(get(visitor), List.of("5")).body().markup()).contains("href=\"newsletter/5/edition.pdf\"");
        PublicPage file = pages.answer(get(visitor), List.of("5", "edition.pdf"));
        assertThat(file.fileKind()).isEqualTo(PublicPage.FileKind.PDF);
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 the edition");
        assertThat(pages.answer(get(visitor), List.of("99")).status()).isEqualTo(404);
        assertThat(pages.answer(get(visitor), List.of("x", "y", "z")).status()).isEqualTo(404);
    }

    @Test
    void editorsRefusalsNameTheirField() {
        TestTenantScope editor = scope("nl-rules", "nl-editor", "organiser");
        Editions editions = new Editions(editor, LINKS);
        Edition empty = editions.plan(edition(5));
        assertThatThrownBy(() -> editions.plan(edition(5))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("number"));
        assertThatThrownBy(() -> editions.send(empty.id(), empty.version())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("articles"));
        assertThatThrownBy(() -> new Edition.Details(" ", 6, LocalDate.of(2026, 12, 1))).hasMessage("Title is required");
        assertThatThrownBy(() -> new Edition.Details("t", 0, LocalDate.of(2026, 12, 1)))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("number"));
        assertThatThrownBy(() -> editions.attachPdf(empty.id(), "x.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("file"));
        var pdf = editions.attachPdf(empty.id(), "第5期.pdf", "%PDF-1.4 an edition".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(editions.get(empty.id()).edition().pdfFile()).isEqualTo(pdf.id());
        assertThat(editions.file(empty.id(), pdf.id()).content()).startsWith('%', 'P', 'D', 'F');
        assertThatThrownBy(() -> Subscriber.Details.of("Tom", "tom@", "en", null, null))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> Subscriber.Details.of("Tom", "tom@example.com", "fr", null, null))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("language"));
        new Subscribers(editor).add(Subscriber.Details.of("Tom", "tom@example.com", "en", null, null));
        assertThatThrownBy(() -> new Subscribers(editor).add(Subscriber.Details.of("Tom", "TOM@example.com", "en", null, null)))
                .isInstanceOf(ConflictException.class);

        TestTenantScope viewer = editor.as("nl-viewer", "viewer");
        assertThat(new Editions(viewer, LINKS).page(0, 10).total()).isEqualTo(1);
        assertThatThrownBy(() -> new Editions(viewer, LINKS).send(empty.id(), empty.version())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Subscribers(viewer).page(new Subscribers.Search(null, null), 0, 10))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Editions(editor.as("member"), LINKS).get(empty.id())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aSheetOfReadersIsImportedRowByRow() {
        TestTenantScope editor = scope("nl-import", "nl-editor", "organiser");
        new Subscribers(editor).add(Subscriber.Details.of("李伟", "li@example.cn", "zh", "member", null));
        List<Subscribers.RowReport> report = new Subscribers(editor).importRows(List.of(
                new SubscriberSheet.Row(2, "陈美玲", "chen@example.my", "中文", "海外联系人", "马来西亚"),
                new SubscriberSheet.Row(3, "Tom Lee", "tom@example.com", "English", "overseas", "USA"),
                new SubscriberSheet.Row(4, "李伟", "LI@example.cn", "zh", "member", ""),
                new SubscriberSheet.Row(5, "", "nobody@example.cn", "", "", ""),
                new SubscriberSheet.Row(6, "王芳", "not an address", "", "", ""),
                new SubscriberSheet.Row(7, "陈美玲", "chen@example.my", "", "", "")));
        assertThat(report).extracting(Subscribers.RowReport::row, Subscribers.RowReport::outcome, Subscribers.RowReport::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Subscribers.Outcome.ADDED, null),
                org.assertj.core.groups.Tuple.tuple(3, Subscribers.Outcome.ADDED, null),
                org.assertj.core.groups.Tuple.tuple(4, Subscribers.Outcome.ALREADY_SUBSCRIBED, "email"),
                org.assertj.core.groups.Tuple.tuple(5, Subscribers.Outcome.REFUSED, "name"),
                org.assertj.core.groups.Tuple.tuple(6, Subscribers.Outcome.REFUSED, "email"),
                org.assertj.core.groups.Tuple.tuple(7, Subscribers.Outcome.ALREADY_SUBSCRIBED, "email"));
        var all = new Subscribers(editor).page(new Subscribers.Search(null, null), 0, 50);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).filteredOn(s -> s.email().equals("tom@example.com")).singleElement()
                .satisfies(s -> assertThat(s.language()).isEqualTo("en"))
                .satisfies(s -> assertThat(s.kind()).isEqualTo(Subscriber.Kind.OVERSEAS_CONTACT));
        assertThat(new Subscribers(editor).page(new Subscribers.Search("TOM", null), 0, 50).total()).isEqualTo(1);
        assertThat(editor.hasAudited("subscriber.import", "newsletter")).isTrue();
    }

    private static long deliveries(String tenant) throws RuntimeException {
        try (var connection = ModuleDatabase.pool().getConnection();
             var query = connection.prepareStatement("select count(*) from events_delivery where tenant_id = ?")) {
            query.setString(1, tenant);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
