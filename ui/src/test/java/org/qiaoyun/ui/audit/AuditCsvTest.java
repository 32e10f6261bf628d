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
        AuditCsv.write(List.of(new AuditEntry("gd-jiangmen-taishan", "taishan-admin", "module.enable", "aid",
                "启用 \"侨界帮扶\", 立即生效")), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFtime,tenant,user,action,object,summary\r\n");
        assertThat(csv).contains(",gd-jiangmen-taishan,taishan-admin,module.enable,aid,\"启用 \"\"侨界帮扶\"\", 立即生效\"\r\n");
    }
}
