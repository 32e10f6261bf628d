package org.qiaoyun.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.audit.AuditEntry;

class AuditCsvTest {

    @Test
    void writesUtf8WithBomAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.qiaoyun.kernel.text.Texts texts = new org.qiaoyun.kernel.text.Texts();
        AuditCsv.write(List.of(new AuditEntry("gd-jiangmen-taishan", "taishan-admin", "module.enable", "aid",
                        "启用 \"侨界帮扶\", 立即生效"),
                new AuditEntry("gd-jiangmen-taishan", "taishan-admin", "module.enable", "aid",
                        org.qiaoyun.api.Text.of("platform.money.positive", "amount").stored())),
                out, List.of("时间", "侨联", "用户", "操作", "对象", "摘要"),
                action -> texts.actionName(action, org.qiaoyun.kernel.text.Texts.CHINESE),
                summary -> texts.kept(summary, org.qiaoyun.kernel.text.Texts.CHINESE));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).as("headers and action names in the reader's language").startsWith("\uFEFF时间,侨联,用户,操作,对象,摘要\r\n");
        assertThat(csv).contains(",gd-jiangmen-taishan,taishan-admin,启用模块,aid,\"启用 \"\"侨界帮扶\"\", 立即生效\"\r\n");
        assertThat(csv).as("a summary kept by its code reads in the reader's language").contains(",aid,金额须大于零\r\n");
    }
}
