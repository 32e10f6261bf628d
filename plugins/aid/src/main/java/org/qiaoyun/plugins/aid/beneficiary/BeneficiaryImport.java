package org.qiaoyun.plugins.aid.beneficiary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.Spreadsheets;

/**
 * Imports beneficiaries from an {@code .xlsx} in the layout of {@link #template()}. Every row is checked
 * as a registration would be (document kind, number and its check character, birth date, category, guardian of a
 * child, consent) and against the people already registered and the other rows; the report names each
 * wrong row and column. Nothing is imported while errors remain, unless the user chooses to import the
 * valid rows; then they are imported in one transaction.
 */
public final class BeneficiaryImport {

    /**
     * The template's columns, by the registration field each one fills. Their names are the module's texts
     * ({@link #columnName}); the template's header gives both languages, a report the reader's.
     */
    static final List<String> COLUMNS = List.of("name", "residentId", "category", "tags", "phone", "address", "guardianName",
            "guardianPhone", "consentDate", "consentBy",
            // added after the first edition's ten columns, so that files filled in before still read
            "documentKind", "issuingCountry", "birthDate", "gender");

    /** The kinds of document as the template offers them; blank is a resident ID card. */
    static final Map<String, DocumentKind> KIND_LABELS = Map.of("居民身份证", DocumentKind.RESIDENT_ID,
            "中国护照", DocumentKind.CHINESE_PASSPORT, "外国护照", DocumentKind.FOREIGN_PASSPORT,
            "港澳居民来往内地通行证", DocumentKind.HK_MACAO_PERMIT, "台湾居民来往大陆通行证", DocumentKind.TAIWAN_PERMIT,
            "港澳台居民居住证", DocumentKind.HMT_RESIDENCE_PERMIT, "外国人永久居留身份证", DocumentKind.FOREIGNER_PERMANENT_RESIDENCE);
    static final List<String> KIND_CHOICES = java.util.stream.Stream.of(DocumentKind.values())
            .map(k -> KIND_LABELS.entrySet().stream().filter(e -> e.getValue() == k).findFirst().orElseThrow().getKey()).toList();

    private static final Map<String, Category> CATEGORY_LABELS = Map.of("归侨", Category.RETURNEE, "侨眷", Category.RELATIVE,
            "留学归国人员", Category.RETURNED_STUDENT, "其他", Category.OTHER);
    private static final Map<String, VulnerabilityTag> TAG_LABELS = Map.of("留守儿童", VulnerabilityTag.LEFT_BEHIND_CHILD,
            "空巢老人", VulnerabilityTag.EMPTY_NEST_ELDERLY, "残疾", VulnerabilityTag.DISABILITY, "低收入", VulnerabilityTag.LOW_INCOME,
            "重病", VulnerabilityTag.SERIOUS_ILLNESS);

    /**
     * A row refused: the spreadsheet row (as numbered on screen), the column's name when the fault lies in one (to be
     * read in the reader's language, as {@code text} is), and why ({@code message} in English).
     */
    public record RowError(int row, Text column, String message, Text text) {

        /** The column's name in {@code language}; empty when the fault lies in no one column. */
        public String column(java.util.Locale language) {
            return column == null ? "" : column.in(language, RowError.class.getClassLoader());
        }
    }

    /** Told how far the checking has come. */
    @FunctionalInterface
    public interface Progress {
        void checked(int rows, int total);

        Progress NONE = (rows, total) -> { };
    }

    /** What an import found and did. */
    public record Report(int rows, int valid, List<RowError> errors, int imported) {
    }

    private final TenantScope scope;
    private final IdVault vault;

    public BeneficiaryImport(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** An empty workbook with the header row, to fill in. */
    public static byte[] template() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = book.createSheet("帮扶对象");
            // numbers people type as digits are text here: Excel would turn an 18-digit ID number into a
            // rounded float (and a phone number lose its leading zero), which the import then refuses
            org.apache.poi.ss.usermodel.CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            org.apache.poi.ss.usermodel.CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(header(COLUMNS.get(i)));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
                if (TEXT_COLUMNS.contains(COLUMNS.get(i))) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);
            choices(sheet);
            // how to fill it in, with an example row, on a sheet of its own: the import reads the first sheet only
            Sheet help = book.createSheet("填写说明 How to fill in");
            String[][] lines = {
                    {"一行一人；第一行是标题，请勿修改。 One person per row; keep the first row (the titles)."},
                    {"类别 Category: 归侨、侨眷、留学归国人员、其他"},
                    {"困难类型 Vulnerabilities（可多个，用顿号或逗号分隔 / several, separated by commas）: " + String.join("、", new java.util.TreeSet<>(TAG_LABELS.keySet()))},
                    {"同意日期 Consent date: 2026-11-01；14 岁以下须填监护人 / a guardian under 14"},
                    {"证件类型 Document kind（空白即居民身份证 / blank: resident ID card）: " + String.join("、", KIND_CHOICES)},
                    {"外国护照须填签发国家三位字母代码 / a foreign passport needs its issuing country: USA、CAN、MYS …"},
                    {"号码不含出生日期、性别的证件（护照、通行证）须填出生日期和性别（男/女） / birth date and sex (男/女) where the number carries none"},
                    {"例 Example:"}};
            for (int r = 0; r < lines.length; r++) {
                help.createRow(r).createCell(0).setCellValue(lines[r][0]);
            }
            Row example = help.createRow(lines.length);
            String[] values = {"黄伯", "11010519491231002X", "归侨", "空巢老人", "13712345678", "台城街道侨乡路 1 号", "", "", "2026-11-01", "黄伯",
                    "", "", "", ""};
            Row passport = help.createRow(lines.length + 1);
            String[] other = {"陈美玲", "A12345678", "侨眷", "", "13712345679", "", "", "", "2026-11-01", "陈美玲", "外国护照", "MYS",
                    "1958-03-02", "女"};
            for (int i = 0; i < other.length; i++) {
                passport.createCell(i).setCellValue(other[i]);
            }
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            help.setColumnWidth(0, 40 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of the template's sheet that offer the drop-downs: all of them but the header. */
    private static final int LAST_ROW = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    /**
     * Drop-down lists (Excel's data validation) for the coded columns, with the labels the import reads:
     * the category is one of them (anything else is refused as it is typed); vulnerabilities offer theirs,
     * and may be several, separated by commas (so another value is let through, and checked on import).
     */
    private static void choices(Sheet sheet) {
        org.apache.poi.ss.usermodel.DataValidationHelper helper = sheet.getDataValidationHelper();
        org.apache.poi.ss.usermodel.DataValidation category = helper.createValidation(
                helper.createExplicitListConstraint(CATEGORY_CHOICES.toArray(String[]::new)),
                new org.apache.poi.ss.util.CellRangeAddressList(1, LAST_ROW, COLUMN_OF.get("category"), COLUMN_OF.get("category")));
        category.setShowErrorBox(true);
        category.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
        category.createErrorBox("类别 Category", "请从列表中选择：" + String.join("、", CATEGORY_CHOICES));
        category.setShowPromptBox(true);
        category.createPromptBox("类别 Category", String.join("、", CATEGORY_CHOICES));
        sheet.addValidationData(category);
        org.apache.poi.ss.usermodel.DataValidation tags = helper.createValidation(
                helper.createExplicitListConstraint(TAG_CHOICES.toArray(String[]::new)),
                new org.apache.poi.ss.util.CellRangeAddressList(1, LAST_ROW, COLUMN_OF.get("tags"), COLUMN_OF.get("tags")));
        tags.setShowErrorBox(false); // several, separated by commas, are not in the list and are right
        tags.setShowPromptBox(true);
        tags.createPromptBox("困难类型 Vulnerabilities", "可选一项；多项用顿号或逗号分隔，例如 空巢老人、低收入");
        sheet.addValidationData(tags);
        org.apache.poi.ss.usermodel.DataValidation kind = helper.createValidation(
                helper.createExplicitListConstraint(KIND_CHOICES.toArray(String[]::new)),
                new org.apache.poi.ss.util.CellRangeAddressList(1, LAST_ROW, COLUMN_OF.get("documentKind"), COLUMN_OF.get("documentKind")));
        kind.setShowErrorBox(true);
        kind.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
        kind.createErrorBox("证件类型 Document kind", "请从列表中选择：" + String.join("、", KIND_CHOICES));
        kind.setShowPromptBox(true);
        kind.createPromptBox("证件类型 Document kind", "空白即居民身份证");
        sheet.addValidationData(kind);
        org.apache.poi.ss.usermodel.DataValidation sex = helper.createValidation(helper.createExplicitListConstraint(new String[] {"男", "女"}),
                new org.apache.poi.ss.util.CellRangeAddressList(1, LAST_ROW, COLUMN_OF.get("gender"), COLUMN_OF.get("gender")));
        sex.setShowErrorBox(true);
        sex.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
        sex.createErrorBox("性别 Sex", "男 或 女");
        sheet.addValidationData(sex);
    }

    /** The labels of the categories and of the vulnerabilities the import reads, in the order of their codes. */
    static final List<String> CATEGORY_CHOICES = java.util.stream.Stream.of(Category.values())
            .map(c -> CATEGORY_LABELS.entrySet().stream().filter(e -> e.getValue() == c).findFirst().orElseThrow().getKey()).toList();
    static final List<String> TAG_CHOICES = java.util.stream.Stream.of(VulnerabilityTag.values())
            .map(t -> TAG_LABELS.entrySet().stream().filter(e -> e.getValue() == t).findFirst().orElseThrow().getKey()).toList();

    /** A registration field's column in the template. */
    private static final Map<String, Integer> COLUMN_OF = java.util.stream.IntStream.range(0, COLUMNS.size()).boxed()
            .collect(java.util.stream.Collectors.toMap(COLUMNS::get, i -> i));

    /** The columns that hold digits people mean as text (ID and phone numbers). */
    private static final Set<String> TEXT_COLUMNS = Set.of("residentId", "phone", "guardianPhone", "issuingCountry");

    /**
     * Checks the file and, when it is clean or {@code importValidRows} is set, imports its valid rows.
     *
     * @param progress told the rows checked so far and the rows in the sheet, for a progress display
     */
    public Report run(InputStream xlsx, boolean importValidRows, Progress progress) {
        Permissions.requireCaseworker(scope);
        LocalDate today = AidIndicators.today(scope);
        List<Beneficiary> valid = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int rows = 0;
        Set<String> known = scope.transaction(em -> new HashSet<>(
                em.createQuery("select b.idHash from Beneficiary b", String.class).getResultList()));
        Set<String> inFile = new HashSet<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            int total = Math.max(0, sheet.getLastRowNum());
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || Spreadsheets.blank(row, format)) {
                    continue;
                }
                rows++;
                int shown = row.getRowNum() + 1;
                try {
                    Beneficiary.Registration registration = registration(row, format);
                    IdentityDocument id = registration.document(today);
                    String hash = vault.hash(id);
                    if (vault.hashes(id).stream().anyMatch(known::contains)) { // either key's, during a rotation
                        throw new InvalidInputException("residentId", Text.of("aid.beneficiary.id-registered"));
                    }
                    if (!inFile.add(hash)) {
                        throw new InvalidInputException("residentId", Text.of("aid.import.id-twice"));
                    }
                    Beneficiary registered = Beneficiary.register(registration, id, vault, scope.clock());
                    valid.add(registered);
                } catch (InvalidInputException e) {
                    errors.add(new RowError(shown, column(e.field()), e.getMessage(), e.text()));
                }
                if (rows % 200 == 0) {
                    progress.checked(rows, total);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", Text.of("aid.import.unreadable"));
        }
        progress.checked(rows, rows);
        if (!errors.isEmpty() && !importValidRows) {
            return new Report(rows, valid.size(), errors, 0);
        }
        int imported = scope.transaction(em -> save(em, valid));
        return new Report(rows, valid.size(), errors, imported);
    }

    private int save(EntityManager em, List<Beneficiary> people) {
        int count = 0;
        for (Beneficiary person : people) {
            em.persist(person);
            if (++count % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        scope.audit("beneficiary.import", null, Text.of("aid.audit.imported", count));
        return count;
    }

    private static Beneficiary.Registration registration(Row row, DataFormatter format) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            values.put(COLUMNS.get(i), Spreadsheets.text(row.getCell(i), format));
        }
        return new Beneficiary.Registration(values.get("name"), kind(values.get("documentKind")), values.get("residentId"),
                values.get("issuingCountry"), date(row.getCell(COLUMN_OF.get("birthDate")), values.get("birthDate"), "birthDate"),
                male(values.get("gender")), values.get("phone"), values.get("address"), category(values.get("category")),
                tags(values.get("tags")), null, values.get("guardianName"), values.get("guardianPhone"),
                date(row.getCell(COLUMN_OF.get("consentDate")), values.get("consentDate"), "consentDate"), values.get("consentBy"));
    }

    /** The kinds of document as spreadsheets name them, for another import's template. */
    public static List<String> documentKindChoices() {
        return KIND_CHOICES;
    }

    /** A document kind as a spreadsheet names it (blank: a resident ID card); unknown: refused naming the choices. */
    public static DocumentKind documentKind(String text) {
        return kind(text);
    }

    private static DocumentKind kind(String text) {
        if (text == null) {
            return DocumentKind.RESIDENT_ID;
        }
        DocumentKind labelled = KIND_LABELS.get(text);
        if (labelled != null) {
            return labelled;
        }
        try {
            return DocumentKind.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("documentKind", Text.of("platform.document.kind-unknown", String.join("、", KIND_CHOICES)));
        }
    }

    private static Boolean male(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "男", "male", "m" -> true;
            case "女", "female", "f" -> false;
            default -> throw new InvalidInputException("gender", Text.of("aid.import.gender"));
        };
    }

    private static Category category(String text) {
        if (text == null) {
            throw new InvalidInputException("category", Text.of("aid.import.category-required"));
        }
        Category labelled = CATEGORY_LABELS.get(text);
        if (labelled != null) {
            return labelled;
        }
        try {
            return Category.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", Text.of("aid.import.category-unknown", text));
        }
    }

    private static Set<VulnerabilityTag> tags(String text) {
        Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);
        if (text == null) {
            return tags;
        }
        for (String part : text.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            VulnerabilityTag tag = TAG_LABELS.get(part);
            if (tag == null) {
                try {
                    tag = VulnerabilityTag.valueOf(part.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("tags", Text.of("aid.import.vulnerability-unknown", part));
                }
            }
            tags.add(tag);
        }
        return tags;
    }

    private static LocalDate date(Cell cell, String text, String field) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of(field.equals("consentDate") ? "aid.import.consent-date" : "aid.import.birth-date"));
        }
    }

    /** The name of the template's column for a registration field; null for a field no column holds. */
    static Text column(String field) {
        String named = IdentityDocument.FIELD.equals(field) ? "residentId" : field; // one column holds every kind's number
        return COLUMNS.contains(named) ? columnName(named) : null;
    }

    /** The name of an import template's column (this one's and the campaign households'), in the module's texts. */
    public static Text columnName(String field) {
        return Text.of("aid.import.column." + field);
    }

    /** A template's header for a column: its Chinese and its English name, so that one template serves both. */
    public static String header(String field) {
        ClassLoader texts = BeneficiaryImport.class.getClassLoader();
        return columnName(field).in(Text.CHINESE, texts) + " " + columnName(field).in(Text.ENGLISH, texts);
    }
}
