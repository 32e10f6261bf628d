package org.qiaoyun.api.pages;

import java.util.List;

/**
 * A fragment of a public page, built from a few elements with every text escaped: a module cannot put
 * markup or script of its own into a page, only headings, paragraphs, lists, links within its pages
 * and simple forms.
 */
public final class Html {

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** The markup, for the platform's layout. */
    public String markup() {
        return markup;
    }

    public static Html of(Html... parts) {
        StringBuilder all = new StringBuilder();
        for (Html part : parts) {
            all.append(part.markup);
        }
        return new Html(all.toString());
    }

    public static Html heading(String text) {
        return element("h1", text);
    }

    public static Html subheading(String text) {
        return element("h2", text);
    }

    public static Html paragraph(String text) {
        return element("p", text);
    }

    /** A paragraph that says something went wrong (a form's error), marked for the eye and for screen readers. */
    public static Html error(String text) {
        return new Html("<p class=\"error\" role=\"alert\">" + escape(text) + "</p>");
    }

    public static Html list(List<String> items) {
        StringBuilder ul = new StringBuilder("<ul>");
        items.forEach(item -> ul.append("<li>").append(escape(item)).append("</li>"));
        return new Html(ul.append("</ul>").toString());
    }

    /** A link to another page of the module ({@code path} relative to its pages). */
    public static Html link(String path, String text) {
        if (path.startsWith("/") || path.contains(":") || path.contains("..")) {
            throw new IllegalArgumentException("a link stays within the module's pages: " + path);
        }
        return new Html("<p><a href=\"" + escape(path) + "\">" + escape(text) + "</a></p>");
    }

    /**
     * A picture: a file among the module's pages ({@code path} relative to them, as a link's), or one written into
     * the page as a {@code data:image/...} URI (a QR code); {@code text} says what it shows, for those who cannot see it.
     */
    public static Html image(String source, String text) {
        boolean inline = source.matches("data:image/(png|jpeg|svg\\+xml);base64,[A-Za-z0-9+/=]+");
        if (!inline && (source.startsWith("/") || source.contains(":") || source.contains(".."))) {
            throw new IllegalArgumentException("a picture is among the module's pages or written into the page: " + source);
        }
        return new Html("<p><img src=\"" + escape(source) + "\" alt=\"" + escape(text) + "\" loading=\"lazy\"></p>");
    }

    /** A form posted to a page of the module, with its fields and a button. */
    public static Html form(String path, String button, Field... fields) {
        if (path.startsWith("/") || path.contains(":") || path.contains("..")) {
            throw new IllegalArgumentException("a form posts within the module's pages: " + path);
        }
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"" + escape(path.isEmpty() ? "." : path) + "\">");
        for (Field field : fields) {
            String id = "f-" + field.name();
            form.append("<label for=\"").append(escape(id)).append("\">").append(escape(field.label()))
                    .append(field.required() ? " *" : "").append("</label>");
            form.append("<input id=\"").append(escape(id)).append("\" name=\"").append(escape(field.name()))
                    .append("\" type=\"").append(field.type().html).append("\" maxlength=\"").append(field.maxLength())
                    .append("\" value=\"").append(escape(field.value() == null ? "" : field.value())).append('"')
                    .append(field.required() ? " required" : "").append('>');
            if (field.error() != null) {
                form.append("<p class=\"error\" role=\"alert\">").append(escape(field.error())).append("</p>");
            }
        }
        return new Html(form.append("<button type=\"submit\">").append(escape(button)).append("</button></form>").toString());
    }

    /** The kinds of input a public form offers. */
    public enum Type {
        TEXT("text"), PHONE("tel"), EMAIL("email"), NUMBER("number"), DATE("date"), CHECKBOX("checkbox");

        private final String html;

        Type(String html) {
            this.html = html;
        }
    }

    /** One field of a form: what was typed stays ({@code value}) and its error shows beside it. */
    public record Field(String name, String label, Type type, boolean required, int maxLength, String value, String error) {

        public Field {
            if (!name.matches("[a-zA-Z][a-zA-Z0-9-]{0,40}")) {
                throw new IllegalArgumentException("a field name is a short word: " + name);
            }
            if (maxLength < 1 || maxLength > 2000) {
                throw new IllegalArgumentException("a field holds 1 to 2000 characters: " + maxLength);
            }
        }

        public static Field text(String name, String label, boolean required, int maxLength) {
            return new Field(name, label, Type.TEXT, required, maxLength, null, null);
        }

        /** The same field showing what the reader typed and what was wrong with it. */
        public Field with(String typed, String problem) {
            return new Field(name, label, type, required, maxLength, typed, problem);
        }
    }

    /** Text made safe for HTML content and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static Html element(String tag, String text) {
        return new Html("<" + tag + ">" + escape(text) + "</" + tag + ">");
    }
}
