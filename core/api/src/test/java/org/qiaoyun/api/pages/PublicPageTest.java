package org.qiaoyun.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A public page may answer with a small file of a kind the platform serves, under a plain name, and nothing else. */
class PublicPageTest {

    @Test
    void aFileIsOfAServedKindUnderAPlainNameAndItsBytesAreItsOwn() {
        byte[] bytes = "BEGIN:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PublicPage calendar = PublicPage.file(PublicPage.FileKind.CALENDAR, "calendar.ics", bytes);
        bytes[0] = 'X';
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.content()).startsWith('B');
        assertThat(calendar.fileKind().contentType()).startsWith("text/calendar");
        assertThat(calendar.title()).isNull();
        assertThat(calendar.redirect()).isNull();
        assertThat(PublicPage.FileKind.PDF.inline()).as("a PDF is saved, a calendar is opened").isFalse();
        assertThatThrownBy(() -> PublicPage.file(PublicPage.FileKind.PDF, "../x.pdf", new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicPage.file(PublicPage.FileKind.PDF, "a\"; b.pdf", new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicPage.of("t", Html.paragraph("p")).fileKind()).isNull();
    }
}
