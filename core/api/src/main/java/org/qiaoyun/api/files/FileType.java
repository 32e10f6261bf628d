package org.qiaoyun.api.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The kinds of file the platform keeps, told by their first bytes: a name says nothing (a program renamed
 * {@code 证明.pdf} is still a program). PDF, JPEG, PNG, and the Office formats staff scan and write with: Word and
 * Excel, both the current (zip-based) and the old (OLE2) forms.
 */
public enum FileType {

    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    /** An old Word or Excel file (OLE2 compound document): which of the two, its name says. */
    OFFICE_97("application/x-ole-storage", ".doc");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind {@code content} is, if it is one the platform keeps. */
    public static Optional<FileType> of(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, OLE2)) {
            return Optional.of(OFFICE_97);
        }
        if (startsWith(content, ZIP)) {
            // an Office Open XML package names its parts in the zip: word/… or xl/…, in the entries' headers near the
            // start and in the central directory at the end
            int window = Math.min(content.length, 64 * 1024);
            String names = new String(content, 0, window, StandardCharsets.ISO_8859_1)
                    + new String(content, content.length - window, window, StandardCharsets.ISO_8859_1);
            if (names.contains("[Content_Types].xml")) {
                if (names.contains("word/")) {
                    return Optional.of(DOCX);
                }
                if (names.contains("xl/")) {
                    return Optional.of(XLSX);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of a file offered for keeping, checked as {@link Attachments#attach} checks it.
     *
     * @throws InvalidInputException (field {@code file}) if it is empty, larger than {@link Attachments#MAX_BYTES}
     *         or of a kind the platform does not keep
     */
    public static FileType require(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", Text.of("platform.file.empty"));
        }
        if (content.length > Attachments.MAX_BYTES) {
            throw new InvalidInputException("file", Text.of("platform.file.too-large", Attachments.MAX_BYTES / (1024 * 1024)));
        }
        return of(content).orElseThrow(() -> new InvalidInputException("file", Text.of("platform.file.type")));
    }

    /**
     * A file's name as kept: without the folders a browser may send, without control characters, at most 200
     * characters (the end, with its extension, kept); {@code file} when nothing is left.
     */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
