package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * Moving a federation's data on screen, in Chinese: the county's admin makes its archive under a passphrase given twice
 * (too short or not repeated alike: told at the field); the city's admin brings an archive into the county, is asked
 * first naming it, and is told at the file what is wrong with a damaged one, at the passphrase a wrong passphrase, and
 * that a county holding records takes none.
 */
class ArchiveScreenTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final String PASSPHRASE = "台山侨联迁移口令-2026";
    private static byte[] archive;

    @BeforeAll
    static void anArchiveOfTheCounty() {
        kernel.fillDemoRecords();
        archive = Caller.asSystem(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kernel.archives().export(TAISHAN, PASSPHRASE).writeTo(out);
            return out.toByteArray();
        });
    }

    @Test
    void theCountysAdminMakesItsArchiveUnderAPassphraseGivenTwice() {
        signInAndOpen("taishan-admin", "admin/archive");
        PasswordField passphrase = _get(PasswordField.class, s -> s.withId("archive-passphrase"));
        PasswordField again = _get(PasswordField.class, s -> s.withId("archive-passphrase-again"));
        _setValue(passphrase, "太短");
        _setValue(again, "太短");
        _click(_get(Button.class, s -> s.withId("archive-prepare")));
        assertThat(passphrase.isInvalid()).isTrue();
        assertThat(passphrase.getErrorMessage()).isEqualTo("口令至少 12 个字符");

        _setValue(passphrase, PASSPHRASE);
        _setValue(again, PASSPHRASE + "!");
        _click(_get(Button.class, s -> s.withId("archive-prepare")));
        assertThat(again.getErrorMessage()).isEqualTo("两次输入的口令不一致");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Anchor.class, s -> s.withId("archive-download"))).as("no archive yet")
                .isEmpty();

        _setValue(again, PASSPHRASE);
        _click(_get(Button.class, s -> s.withId("archive-prepare")));
        NotificationsKt.expectNotifications("数据包已可下载");
        assertThat(_get(Anchor.class, s -> s.withId("archive-download")).getText()).isEqualTo("下载数据包");
    }

    @Test
    void theCitysAdminIsToldAtTheFileAtThePassphraseAndThatACountyHoldingRecordsTakesNone() {
        signInAndOpen("jiangmen-admin", "admin/archive");
        _click(_get(Button.class, s -> s.withId("archive-import")));
        assertThat(_get(ComboBox.class, s -> s.withId("archive-into")).getErrorMessage()).isEqualTo("请选择要导入的侨联");

        @SuppressWarnings("unchecked")
        ComboBox<Tenant> into = _get(ComboBox.class, s -> s.withId("archive-into"));
        into.setValue(kernel.tenants().find(TAISHAN).orElseThrow());
        _click(_get(Button.class, s -> s.withId("archive-import")));
        assertThat(_get(Span.class, s -> s.withId("archive-file-error")).getText()).isEqualTo("请选择要导入的数据包文件");

        Upload upload = _get(Upload.class, s -> s.withId("archive-upload"));
        UploadKt._upload(upload, "taishan.qiaoyun.zip", "PK not an archive".getBytes(StandardCharsets.UTF_8));
        _setValue(_get(PasswordField.class, s -> s.withId("archive-import-passphrase")), PASSPHRASE);
        _click(_get(Button.class, s -> s.withId("archive-import")));
        ConfirmDialog asked = _get(ConfirmDialog.class);
        assertThat(asked.getElement().getProperty("header")).isEqualTo("把数据包导入台山市侨联？");
        ConfirmDialogKt._fireConfirm(asked);
        assertThat(_get(Span.class, s -> s.withId("archive-file-error")).getText()).isEqualTo("数据包已损坏或不完整");

        UploadKt._upload(upload, "taishan.qiaoyun.zip", archive);
        _setValue(_get(PasswordField.class, s -> s.withId("archive-import-passphrase")), "不是这个口令，而是另一个");
        _click(_get(Button.class, s -> s.withId("archive-import")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        PasswordField passphrase = _get(PasswordField.class, s -> s.withId("archive-import-passphrase"));
        assertThat(passphrase.getErrorMessage()).isEqualTo("口令不对，无法打开这份数据包");

        _setValue(passphrase, PASSPHRASE);
        _click(_get(Button.class, s -> s.withId("archive-import")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(told -> assertThat(told.getElement().getProperty("text"))
                .startsWith("gd-jiangmen-taishan 已有 ").endsWith("条记录，数据包只能导入尚无记录的侨联"));
    }
}
