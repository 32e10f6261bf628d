package org.qiaoyun.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A module cannot put markup of its own into a public page, nor send a reader off the platform. */
class HtmlTest {

    @Test
    void everyTextIsEscapedInContentAndInAttributes() {
        Html page = Html.of(Html.heading("<b>侨</b>"), Html.list(List.of("a & b", "\"quoted\"")),
                Html.form("", "提交", Html.Field.text("name", "姓名", true, 50).with("\"><script>", "请填写 <姓名>")));
        assertThat(page.markup()).contains("<h1>&lt;b&gt;侨&lt;/b&gt;</h1>", "<li>a &amp; b</li>", "<li>&quot;quoted&quot;</li>",
                "value=\"&quot;&gt;&lt;script&gt;\"", "请填写 &lt;姓名&gt;", " required>", "maxlength=\"50\"")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void linksFormsAndRedirectsStayWithinTheModulesPages() {
        for (String away : List.of("/admin", "https://example.com", "//example.com", "../other-module", "javascript:alert(1)")) {
            assertThatThrownBy(() -> Html.link(away, "x")).as(away).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> PublicPage.redirect(away)).as(away).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PublicPage.redirect("thanks").redirect()).isEqualTo("thanks");
        assertThat(PublicPage.redirect("thanks").status()).isEqualTo(303);
        assertThatThrownBy(() -> Html.Field.text("bad name\"", "x", false, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicPage.of("t", Html.paragraph("x")).withStatus(302)).isInstanceOf(IllegalArgumentException.class);
    }
}
