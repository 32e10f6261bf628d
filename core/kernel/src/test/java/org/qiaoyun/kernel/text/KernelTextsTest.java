package org.qiaoyun.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.tenant.TenantCode;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;

/**
 * Every code the kernel can say has its Chinese and its English text, and a refusal reads in the
 * language asked for: Chinese words for a Chinese reader, the same facts in English for others.
 */
class KernelTextsTest {

    private static final Pattern CODE = Pattern.compile("\"(kernel\\.[a-z-]+\\.[A-Za-z-]+)\"");
    private final Texts texts = new Texts();

    private static ResourceBundle bundle(Locale locale) {
        return Texts.bundle("kernel", Texts.class.getClassLoader(), locale);
    }

    @Test
    void everyCodeHasBothTextsAndBothBundlesTheSameCodes() throws IOException {
        Set<String> chinese = bundle(Texts.CHINESE).keySet();
        assertThat(chinese).isEqualTo(bundle(Texts.ENGLISH).keySet());
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(source));
                while (code.find()) {
                    used.add(code.group(1));
                }
            }
        }
        assertThat(used).as("codes named in the kernel's sources").isNotEmpty();
        assertThat(chinese).containsAll(used);
        for (String code : chinese) {
            assertThat(bundle(Texts.CHINESE).getString(code)).as(code).isNotBlank()
                    .doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}");
        }
    }

    @Test
    void aRefusalReadsInTheReadersLanguageWithNamesOfItsOwn() {
        TenantRuleViolation misplaced = new TenantRuleViolation("level", "kernel.tenant.level-misplaced",
                TenantLevel.PROVINCE.text(), TenantLevel.COUNTY.text(), "gd-jiangmen-taishan");
        assertThat(texts.render(misplaced, Texts.CHINESE)).isEqualTo("省级侨联不能设在县级侨联 gd-jiangmen-taishan 之下");
        assertThat(texts.render(misplaced, Texts.ENGLISH)).isEqualTo("a province cannot be placed under the county gd-jiangmen-taishan");
        assertThat(misplaced.getMessage()).as("logs and clients naming no language").isEqualTo(texts.render(misplaced, Texts.ENGLISH));

        TenantRuleViolation badCode = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> TenantCode.of("Bad Code"), TenantRuleViolation.class);
        assertThat(texts.render(badCode, Texts.CHINESE)).startsWith("代码须为").endsWith("Bad Code");
        assertThat(texts.render(new AccessDeniedException("kernel.access.admin-only", "gd"), Texts.CHINESE))
                .isEqualTo("只有 gd 或其上级侨联的管理员可以这样做");
        assertThat(texts.render(new IllegalStateException("plain"), Texts.CHINESE)).as("no code: its message").isEqualTo("plain");
        TenantRuleViolation noCode = catchThrowableOfType(() -> TenantCode.of(null), TenantRuleViolation.class);
        assertThat(noCode.getMessage()).as("a value not given at all shows as nothing").endsWith("hyphen: ");
    }

    @Test
    void theRequestsLanguageDecides() {
        assertThat(Texts.of(List.of(Locale.forLanguageTag("zh-CN")))).isEqualTo(Texts.CHINESE);
        assertThat(Texts.of(List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH))).isEqualTo(Texts.CHINESE);
        assertThat(Texts.of(List.of(Locale.ENGLISH, Locale.forLanguageTag("zh")))).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.of(List.of(Locale.forLanguageTag("fr")))).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.of(List.of())).isEqualTo(Texts.ENGLISH);
        assertThat(new Texts().render(Text.of("nomodule.any.code"), Texts.CHINESE)).contains("nomodule.any.code");
    }
}
