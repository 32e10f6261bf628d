package org.qiaoyun.api.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;

/** A file is what its content says it is; its name can say anything. */
class FileTypeTest {

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] officeOpenXml(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            // a large first part pushes the next names far from the start: the directory at the end still names them
            zip.putNextEntry(new ZipEntry("docProps/thumbnail.jpeg"));
            zip.write(new byte[200_000]);
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void theKindsStaffKeepAreToldByTheirFirstBytes() throws IOException {
        assertThat(FileType.of(pdf())).contains(FileType.PDF);
        assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'})).contains(FileType.JPEG);
        assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})).contains(FileType.PNG);
        assertThat(FileType.of(officeOpenXml("word/document.xml"))).contains(FileType.DOCX);
        assertThat(FileType.of(officeOpenXml("xl/workbook.xml"))).contains(FileType.XLSX);
        assertThat(FileType.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0}))
                .contains(FileType.OFFICE_97);
    }

    @Test
    void aProgramOrAPlainZipIsNotKeptWhateverItsName() throws IOException {
        assertThat(FileType.of("MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("证明.pdf.exe"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(FileType.of(bytes.toByteArray())).isEmpty();
        assertThatThrownBy(() -> FileType.require("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.text().code()).isEqualTo("platform.file.type");
                });
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> FileType.require(new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.text().code()).isEqualTo("platform.file.empty"));
        byte[] large = new byte[(int) Attachments.MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, large, 0, pdf().length);
        assertThatThrownBy(() -> FileType.require(large))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.text().code()).isEqualTo("platform.file.too-large"));
        assertThat(FileType.require(pdf())).isEqualTo(FileType.PDF);
    }

    @Test
    void aNameKeepsNeitherFoldersNorControlCharacters() {
        assertThat(FileType.cleanName("C:\\Users\\阿芳\\低保证明.pdf")).isEqualTo("低保证明.pdf");
        assertThat(FileType.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileType.cleanName("bill\r\n.pdf")).isEqualTo("bill.pdf");
        assertThat(FileType.cleanName("  ")).isEqualTo("file");
        assertThat(FileType.cleanName("..")).isEqualTo("file");
        assertThat(FileType.cleanName("长".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
