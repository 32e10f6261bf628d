package org.qiaoyun.plugins.events.newsletter;

import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;

/**
 * An edition's articles as the plain text of its email: each heading, then its text, in order; where an article has a
 * picture, a line says it is in the edition online (the link to it ends every email). The platform keeps an
 * email's body to 4,000 characters, so the articles take at most {@value #MOST} and a longer edition ends with a
 * pointer to the whole online: the links after them (to read online, to unsubscribe) always arrive.
 */
final class NewsletterText {

    static final int MOST = 2800;

    private NewsletterText() {
    }

    static String of(List<Article> articles, boolean pdf, Locale language) {
        StringBuilder text = new StringBuilder();
        for (Article article : articles) {
            text.append("【").append(article.heading()).append("】\n").append(article.body()).append("\n");
            if (article.imageFile() != null) { // a plain-text email carries no picture: the online edition shows it
                text.append(Text.of("events.newsletter.picture-online").in(language, NewsletterText.class.getClassLoader())).append("\n");
            }
            text.append("\n");
        }
        if (pdf) {
            text.append(Text.of("events.newsletter.pdf-online").in(language, NewsletterText.class.getClassLoader())).append("\n\n");
        }
        String all = text.toString().strip();
        if (all.length() <= MOST) {
            return all;
        }
        String more = Text.of("events.newsletter.more-online").in(language, NewsletterText.class.getClassLoader());
        return all.substring(0, MOST - more.length() - 2).strip() + "……\n" + more;
    }
}
