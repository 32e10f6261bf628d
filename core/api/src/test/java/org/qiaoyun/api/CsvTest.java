package org.qiaoyun.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesUtf8WithBomAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(out, List.of("name", "note"), List.of(List.of("阿芳", "启用 \"侨界帮扶\", 立即生效"), Arrays.asList("阿明", null)));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,note\r\n阿芳,\"启用 \"\"侨界帮扶\"\", 立即生效\"\r\n阿明,\r\n");
    }

    @Test
    void neutralisesSpreadsheetFormulas() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field(null)).isEmpty();
    }
}
