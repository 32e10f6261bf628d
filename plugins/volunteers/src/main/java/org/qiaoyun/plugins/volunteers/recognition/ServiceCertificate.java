package org.qiaoyun.plugins.volunteers.recognition;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate of volunteer service as PDF (A4, landscape), in Chinese with an English line. The
 * Chinese renders everywhere because the font travels inside the PDF: Noto Sans SC (SIL Open Font
 * Licence), shaded into the module's jar from Maven Central and embedded as a subset of the glyphs used.
 */
public final class ServiceCertificate {

    /** Where the shaded font lies in the module's jar (from {@code com.helger.font:ph-fonts-noto-sans-sc}). */
    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final Color SEAL_RED = new Color(0xB2, 0x22, 0x22);
    private static volatile byte[] fontBytes;

    private ServiceCertificate() {
    }

    /**
     * What the certificate states, all taken from the volunteer's service record: beside the service, the
     * record rules' fields (the identity document's kind and masked number, the volunteer number, the
     * activities served, who issued it, the verification code and where to verify it).
     */
    public record Content(String number, String federation, String volunteer, LocalDate firstServed, LocalDate lastServed,
                          int shiftsServed, long minutesServed, int stars, int courses, int trainingHours, List<String> awards,
                          int excellent, LocalDate issuedOn, String idDocument, String volunteerNumber, List<String> activities,
                          String issuedBy, String verificationCode, String verifyAt) {

        public Content {
            awards = List.copyOf(awards);
            activities = activities == null ? List.of() : List.copyOf(activities);
        }

        /** A statement of service alone, without the record rules' further fields. */
        public Content(String number, String federation, String volunteer, LocalDate firstServed, LocalDate lastServed,
                       int shiftsServed, long minutesServed, int stars, int courses, int trainingHours, List<String> awards,
                       int excellent, LocalDate issuedOn) {
            this(number, federation, volunteer, firstServed, lastServed, shiftsServed, minutesServed, stars, courses, trainingHours,
                    awards, excellent, issuedOn, null, null, List.of(), null, null, null);
        }

        /** The same statement as issued: numbered, with its verification code. */
        Content issued(String certificateNumber, String code) {
            return new Content(certificateNumber, federation, volunteer, firstServed, lastServed, shiftsServed, minutesServed, stars,
                    courses, trainingHours, awards, excellent, issuedOn, idDocument, volunteerNumber, activities, issuedBy, code, verifyAt);
        }
    }

    /** Writes the certificate to {@code out}. */
    public static void write(Content content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(font()), true);
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("志愿服务证明 " + content.volunteer());
            info.setAuthor(content.federation());
            info.setSubject("Certificate of volunteer service " + content.number());
            float width = a4Landscape.getWidth();
            float height = a4Landscape.getHeight();
            try (PDPageContentStream page1 = new PDPageContentStream(document, page)) {
                frame(page1, width, height);
                page1.setNonStrokingColor(SEAL_RED);
                centred(page1, font, 34, "志愿服务证明", width, height - 110);
                page1.setNonStrokingColor(Color.DARK_GRAY);
                centred(page1, font, 13, "Certificate of Volunteer Service", width, height - 135);
                page1.setNonStrokingColor(Color.BLACK);
                float y = height - 200;
                for (String line : wrap(font, 17, body(content), width - 200)) {
                    left(page1, font, 17, line, 100, y);
                    y -= 30;
                }
                page1.setNonStrokingColor(Color.DARK_GRAY);
                left(page1, font, 11, english(content), 100, y - 10);
                y -= 34;
                for (String line : details(content)) {
                    for (String part : wrap(font, 12, line, width - 420)) {
                        left(page1, font, 12, part, 100, y);
                        y -= 18;
                    }
                }
                page1.setNonStrokingColor(Color.BLACK);
                right(page1, font, 17, content.federation(), width - 100, 150);
                right(page1, font, 15, chineseDate(content.issuedOn()), width - 100, 120);
                page1.setNonStrokingColor(Color.GRAY);
                left(page1, font, 10, "证书编号 No. " + content.number()
                        + (content.verificationCode() == null ? "" : "　核验码 " + content.verificationCode() + "（核验网址 "
                        + content.verifyAt() + "）") + "　本证明依据志愿服务记录出具，免费提供。", 100, 70);
            }
            document.save(out);
        }
    }

    /** The statement, from the service record (Volunteer Service Record regulation: true, accurate, complete). */
    static String body(Content c) {
        StringBuilder text = new StringBuilder("　　兹证明 ").append(c.volunteer()).append(" 同志");
        if (c.shiftsServed() > 0) {
            text.append("于 ").append(chineseDate(c.firstServed())).append(" 至 ").append(chineseDate(c.lastServed()))
                    .append(" 在").append(c.federation()).append("参加志愿服务 ").append(c.shiftsServed()).append(" 次，");
        } else {
            text.append("在").append(c.federation()).append("登记为志愿者，");
        }
        text.append("累计服务时长 ").append(hours(c.minutesServed())).append(" 小时");
        if (c.stars() > 0) {
            text.append("，评定为").append("★".repeat(c.stars())).append("（").append(c.stars()).append(" 星）志愿者");
        }
        text.append("。");
        if (c.courses() > 0) {
            text.append("参加志愿服务培训 ").append(c.courses()).append(" 项，共 ").append(c.trainingHours()).append(" 学时。");
        }
        if (c.excellent() > 0) {
            text.append("其中 ").append(c.excellent()).append(" 次服务获评优秀。");
        }
        if (!c.awards().isEmpty()) {
            text.append("荣获").append(String.join("、", c.awards())).append("。");
        }
        return text.append("特此证明。").toString();
    }

    /** The record rules' fields beside the statement: document, volunteer number, what the service was, the issuer. */
    static List<String> details(Content c) {
        List<String> lines = new ArrayList<>();
        if (c.idDocument() != null || c.volunteerNumber() != null) {
            lines.add((c.idDocument() == null ? "" : "证件：" + c.idDocument() + "　")
                    + (c.volunteerNumber() == null ? "" : "志愿者编号：" + c.volunteerNumber()));
        }
        if (!c.activities().isEmpty()) {
            List<String> shown = c.activities().size() > 6 ? c.activities().subList(0, 6) : c.activities();
            lines.add("服务内容：" + String.join("、", shown) + (c.activities().size() > 6 ? " 等 " + c.activities().size() + " 项活动" : ""));
        }
        if (c.issuedBy() != null) {
            lines.add("出具单位：" + c.federation() + "　经办人：" + c.issuedBy());
        }
        return lines;
    }

    private static String english(Content c) {
        return String.format(Locale.ROOT, "%s served %s hours in %d shift%s%s.", c.volunteer(), hours(c.minutesServed()),
                c.shiftsServed(), c.shiftsServed() == 1 ? "" : "s", c.stars() > 0 ? ", a " + c.stars() + "-star volunteer" : "");
    }

    static String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Breaks Chinese text into lines that fit: any character may end a line, except before closing punctuation. */
    static List<String> wrap(PDType0Font font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            if (width(font, size, line + next) > maxWidth && line.length() > 0 && "，。、；：）".indexOf(next) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(next);
            i += Character.charCount(codePoint);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /**
     * The text as the font can draw it. A name may hold what no embeddable font has (an emoji, a rare
     * character): emoji and other symbols are left out, a letter the font lacks stands as a white square,
     * so the certificate is always issued and shows where a character could not be printed.
     */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException noGlyph) {
                if (Character.isLetterOrDigit(codePoint)) {
                    out.append('□');
                }
            }
        });
        return out.toString();
    }

    private static void frame(PDPageContentStream page, float width, float height) throws IOException {
        page.setStrokingColor(SEAL_RED);
        page.setLineWidth(3);
        page.addRect(30, 30, width - 60, height - 60);
        page.stroke();
        page.setLineWidth(0.8f);
        page.addRect(40, 40, width - 80, height - 80);
        page.stroke();
    }

    private static void centred(PDPageContentStream page, PDType0Font font, float size, String text, float width, float y)
            throws IOException {
        left(page, font, size, text, (width - width(font, size, text)) / 2, y);
    }

    private static void right(PDPageContentStream page, PDType0Font font, float size, String text, float rightEdge, float y)
            throws IOException {
        left(page, font, size, text, rightEdge - width(font, size, text), y);
    }

    private static void left(PDPageContentStream page, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(font, text));
        page.endText();
    }

    /** The font file, read once (10 MB) and kept: each certificate embeds only the glyphs it uses. */
    private static byte[] font() {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = ServiceCertificate.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the certificate font " + FONT + " is not in the module's jar");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontBytes = bytes;
        }
        return bytes;
    }
}
