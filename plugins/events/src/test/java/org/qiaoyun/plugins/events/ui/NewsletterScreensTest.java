package org.qiaoyun.plugins.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.Editions;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.testing.TestTenantScope;

/** The newsletter's screens without a browser (Karibu-Testing), in Chinese, on the module's real database. */
@org.junit.jupiter.api.extension.ExtendWith(MockedUi.class)
class NewsletterScreensTest {

    private static final NewsletterLinks LINKS = NewsletterLinks.under("https://qiaoyun.example.cn");

    @Test
    void anEditorWritesAnEditionAndSendsItAfterAConfirmationThatSaysToHowMany() {
        TestTenantScope editor = scope("sc-nl", "sc-editor", "organiser");
        new Subscribers(editor).add(Subscriber.Details.of("陈美玲", "chen@example.my", "zh", "overseas", "马来西亚"));
        new Subscribers(editor).add(Subscriber.Details.of("Tom Lee", "tom@example.com", "en", "overseas", "USA"));
        NewsletterView list = new NewsletterView(editor, LINKS);
        assertThat(list.empty.isVisible()).isTrue();
        assertThat(list.empty.getElement().getTextRecursively()).contains("还没有侨刊乡讯", "新一期");
        assertThat(new NewsletterView(editor.as("sc-viewer", "viewer"), LINKS).plan).as("viewers read only").isNull();

        EditionForm form = new EditionForm(EventWords.of(Text.CHINESE), null, details -> new Editions(editor, LINKS).plan(details));
        ButtonKt._click(form.save);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.number.isInvalid()).isTrue();
        form.title.setValue("侨乡新貌");
        form.number.setValue(12);
        form.issuedOn.setValue(LocalDate.of(2026, 12, 1));
        ButtonKt._click(form.save);
        Edition edition = new Editions(editor, LINKS).rows(0, 10).get(0);
        assertThat(edition.number()).isEqualTo(12);

        EditionView view = new EditionView(editor, LINKS);
        UI.getCurrent().add(view);
        view.open(edition.id());
        assertThat(view.title.getText()).isEqualTo("第 12 期：侨乡新貌");
        assertThat(view.articles.getElement().getTextRecursively()).contains("本期还没有文章");
        _get(Button.class, s -> s.withId("newsletter-add-article")).click();
        assertThat(view.heading.isInvalid()).as("a heading is required").isTrue();
        view.heading.setValue("碉楼申遗十五周年");
        view.body.setValue("开平碉楼与村落列入世界遗产名录十五周年纪念活动在自力村举行。");
        _get(Button.class, s -> s.withId("newsletter-add-article")).click();
        assertThat(view.articles.getElement().getTextRecursively()).contains("碉楼申遗十五周年", "自力村");
        assertThat(view.heading.getValue()).isEmpty();

        ButtonKt._click(view.send);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("寄出第 12 期？");
        assertThat(confirm.getElement().getProperty("message")).contains("现在订阅的 2 位订阅人");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(editor.told().stream().filter(t -> t.kind().equals("events.newsletter"))).hasSize(2);
        assertThat(view.details.getText()).contains("已寄出", "寄给 2 位订阅人");
        assertThat(view.writing.getChildren().count()).as("a sent edition is no longer written").isZero();
    }

    @Test
    void readersArePagedFoundImportedWithAReportAndABounceIsRecordedWithItsNote() throws Exception {
        TestTenantScope editor = scope("sc-readers", "sc-editor", "organiser");
        SubscribersView view = new SubscribersView(editor);
        UI.getCurrent().add(view);
        assertThat(view.empty.isVisible()).isTrue();

        SubscriberForm form = new SubscriberForm(EventWords.of(Text.CHINESE), null, details -> new Subscribers(editor).add(details));
        form.name.setValue("李伟");
        form.email.setValue("not an address");
        ButtonKt._click(form.save);
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("电子邮箱格式不正确");
        form.email.setValue("li@example.cn");
        ButtonKt._click(form.save);

        byte[] sheet;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var rows = workbook.createSheet();
            String[][] cells = {{"姓名", "电子邮箱", "语言", "类别", "国家或地区"}, {"陈美玲", "chen@example.my", "中文", "海外联系人", "马来西亚"},
                {"Tom Lee", "tom@example.com", "English", "overseas", "USA"}, {"李伟", "li@example.cn", "", "", ""}, {"", "x@example.cn", "", "", ""}};
            for (int r = 0; r < cells.length; r++) {
                var row = rows.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            sheet = out.toByteArray();
        }
        com.github.mvysny.kaributesting.v10.UploadKt._upload(view.upload, "readers.xlsx", sheet);
        assertThat(GridKt._size(view.report)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(view.report, 2)).contains("4", "已在名单中");
        assertThat(GridKt._getFormattedRow(view.report, 3)).contains("5", "未导入：请填写姓名");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        view.search.setValue("tom");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Tom Lee", "英文", "海外联系人", "订阅中");

        var actions = (com.vaadin.flow.component.HasComponents) GridKt._getCellComponent(view.grid, 0, "actions");
        ButtonKt._click((Button) ((com.vaadin.flow.component.Component) actions).getChildren()
                .filter(c -> c.getId().orElse("").equals("subscribers-bounce-tom@example.com")).findFirst().orElseThrow());
        _get(TextField.class, s -> s.withId("subscribers-bounce-reason")).setValue("550 mailbox unavailable");
        ButtonKt._click(_get(Button.class, s -> s.withId("subscribers-bounce-confirm")));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("邮件退回 · 550 mailbox unavailable");
        @SuppressWarnings("unchecked")
        Grid<Subscriber> grid = view.grid;
        assertThat(GridKt._get(grid, 0).standing()).isEqualTo(Subscriber.Standing.BOUNCED);
        com.github.mvysny.kaributesting.v10.UploadKt._upload(view.upload, "readers.pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(view.refusal.getText()).startsWith("请上传 Excel 文件");
    }
}
