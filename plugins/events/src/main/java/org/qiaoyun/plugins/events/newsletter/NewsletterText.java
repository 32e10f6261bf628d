package org.qiaoyun.plugins.events.newsletter;

import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;

/** An edition's articles as the plain text of its email: each heading, then its text, in order. */
final class NewsletterText {

    private NewsletterText() {
    }

    static String of(List<Article> articles, boolean pdf, Locale language) {
        StringBuilder text = new StringBuilder();
        for (Article article : articles) {
            text.append("【").append(article.heading()).append("】\n").append(article.body()).append("\n\n");
        }
        if (pdf) {
            text.append(Text.of("events.newsletter.pdf-online").in(language, NewsletterText.class.getClassLoader())).append("\n\n");
        }
        return text.toString().strip();
    }
}
