package org.qiaoyun.kernel.rights;

import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.text.Texts;

/**
 * The copy of a person's data as a page to print or hand over (PIPL art. 45), in the reader's language: the
 * federation's name, then each record's kind and fields as its module keeps them. The same page whether it is asked
 * for through the API or downloaded on the screen.
 */
public final class CopyPage {

    private CopyPage() {
    }

    /** The page of {@code found}, for the federation named {@code federation} (in the reader's language). */
    public static String html(List<PeoplesData.Found> found, Texts texts, Locale language, String federation) {
        boolean english = Texts.isEnglish(language);
        String title = texts.render(Text.of("kernel.rights.copy-title", federation), language);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"").append(english ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title></head><body><h1>")
                .append(escape(title)).append("</h1>");
        if (found.stream().allMatch(f -> f.records().isEmpty())) {
            page.append("<p>").append(escape(texts.render(Text.of("kernel.rights.none"), language))).append("</p>");
        }
        for (PeoplesData.Found module : found) {
            for (PersonalData.Kept record : module.records()) {
                page.append("<h2>").append(escape(texts.render(record.kind(), language))).append("</h2><table>");
                for (PersonalData.Field field : record.fields()) {
                    page.append("<tr><th>").append(escape(texts.render(field.label(), language))).append("</th><td>")
                            .append(escape(value(field, texts, language))).append("</td></tr>");
                }
                page.append("</table>");
            }
        }
        return page.append("</body></html>").toString();
    }

    /** A field's value as the reader reads it: as kept, or a coded value named in their language. */
    public static String value(PersonalData.Field field, Texts texts, Locale language) {
        return field.coded() == null ? field.value() : texts.render(field.coded(), language);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
