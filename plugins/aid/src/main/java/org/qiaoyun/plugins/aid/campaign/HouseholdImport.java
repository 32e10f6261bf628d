package org.qiaoyun.plugins.aid.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.Spreadsheets;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;

/**
 * Builds a draft campaign's list from a spreadsheet ({@link #template()}): one household per row, the person found by
 * the number of the document they are registered with, what to hand them and who visits. Each row is added as
 * {@link Campaigns#add} adds one (registered here, not in the list yet, one school grant a school year, a visitor of
 * the federation, a handout that is something), all in one transaction: nothing is added while a row is wrong, unless
 * the user chooses to add the right rows. The report names each wrong row and column, in the reader's language.
 */
public final class HouseholdImport {

    /** The template's columns, by the field each one fills; their names are the import texts ({@link BeneficiaryImport#columnName}). */
    static final List<String> COLUMNS = List.of(IdentityDocument.FIELD, "documentKind", IdentityDocument.COUNTRY_FIELD, "area", "cash",
            "goods", "quantity", "goodsValue", "visitor");

    private static final Map<String, Integer> COLUMN_OF = java.util.stream.IntStream.range(0, COLUMNS.size()).boxed()
            .collect(java.util.stream.Collectors.toMap(COLUMNS::get, i -> i));

    private final TenantScope scope;
    private final IdVault vault;

    public HouseholdImport(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** An empty workbook with the header row (numbers as text), and a second sheet saying how to fill it in, with an example. */
    public static byte[] template() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = book.createSheet("活动名单");
            org.apache.poi.ss.usermodel.CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@")); // an 18-digit number stays as typed
            org.apache.poi.ss.usermodel.CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                head.createCell(i).setCellValue(BeneficiaryImport.header(COLUMNS.get(i)));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.setDefaultColumnStyle(COLUMN_OF.get(IdentityDocument.FIELD), text);
            sheet.setDefaultColumnStyle(COLUMN_OF.get(IdentityDocument.COUNTRY_FIELD), text);
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet("填写说明 How to fill in");
            String[] lines = {
                "一行一户；第一行是标题，请勿修改。只能加入已登记的帮扶对象。 One household per row; keep the first row. Only registered people can be added.",
                "证件类型（空白即居民身份证） Document kind (blank: resident ID card): " + String.join("、", BeneficiaryImport.documentKindChoices()),
                "现金与物品至少填一项；物品须填数量和价值。 Cash or goods or both; goods need a quantity and a value.",
                "走访人填本侨联用户的登录名，可空白。 The visitor is a username of this federation, or blank.",
                "例 Example:"};
            for (int r = 0; r < lines.length; r++) {
                help.createRow(r).createCell(0).setCellValue(lines[r]);
            }
            String[] example = {"11010519491231002X", "", "", "台城", "500", "大米一袋、食用油一桶", "1", "80", "taishan-volunteer"};
            Row row = help.createRow(lines.length);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            help.setColumnWidth(0, 40 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Checks every row and, when all are right or {@code importValidRows} is set, adds the right ones to the draft's list
     * (caseworkers and admins; the campaign a draft). Audited per household as {@code campaign.add}, and once as
     * {@code campaign.import} with the count.
     */
    public BeneficiaryImport.Report run(String campaignId, InputStream xlsx, boolean importValidRows) {
        Permissions.requireCaseworker(scope);
        List<Row> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(xlsx);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", Text.of("aid.import.unreadable"));
        }
        try (workbook) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0 && !Spreadsheets.blank(row, format)) {
                    rows.add(row);
                }
            }
            LocalDate today = AidIndicators.today(scope);
            Campaigns campaigns = new Campaigns(scope);
            return scope.transaction(em -> {
                List<BeneficiaryImport.RowError> errors = new ArrayList<>();
                int added = 0;
                for (Row row : rows) {
                    try {
                        Map<String, String> values = values(row, format);
                        String person = person(em, values, today);
                        campaigns.add(campaignId, person, values.get("area"), handout(values), values.get("visitor"));
                        added++;
                    } catch (InvalidInputException e) {
                        errors.add(new BeneficiaryImport.RowError(row.getRowNum() + 1, column(e.field()), e.getMessage(), e.text()));
                    }
                }
                if (!errors.isEmpty() && !importValidRows) {
                    em.getTransaction().setRollbackOnly(); // checked only: nothing is added while a row is wrong
                    return new BeneficiaryImport.Report(rows.size(), added, errors, 0);
                }
                scope.audit("campaign.import", campaignId, Text.of("aid.audit.imported", added));
                return new BeneficiaryImport.Report(rows.size(), added, errors, added);
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The registered person the row's document names (under either key while the keys rotate). */
    private String person(EntityManager em, Map<String, String> values, LocalDate today) {
        DocumentKind kind = BeneficiaryImport.documentKind(values.get("documentKind"));
        IdentityDocument document = IdentityDocument.of(kind, values.get(IdentityDocument.FIELD), values.get(IdentityDocument.COUNTRY_FIELD), today);
        return em.createQuery("select b from Beneficiary b where b.idHash in :hashes", Beneficiary.class)
                .setParameter("hashes", vault.hashes(document)).getResultStream().findFirst().map(Beneficiary::id)
                .orElseThrow(() -> new InvalidInputException(IdentityDocument.FIELD, Text.of("aid.campaign.import.not-registered")));
    }

    private static Household.Handout handout(Map<String, String> values) {
        Money cash = values.get("cash") == null ? null : Money.yuan("cash", values.get("cash"), false);
        Integer quantity = null;
        if (values.get("quantity") != null) {
            try {
                quantity = Integer.valueOf(values.get("quantity"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("quantity", Text.of("aid.campaign.import.quantity"));
            }
        }
        Money value = values.get("goodsValue") == null ? null : Money.yuan("goodsValue", values.get("goodsValue"), true);
        return new Household.Handout(cash, values.get("goods"), quantity, value);
    }

    private static Map<String, String> values(Row row, DataFormatter format) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            values.put(COLUMNS.get(i), Spreadsheets.text(row.getCell(i), format));
        }
        return values;
    }

    /**
     * The name of the template's column for a refused field (null for a field no column holds); a refusal about the
     * person is about the document number's column.
     */
    static Text column(String field) {
        String named = "beneficiaryId".equals(field) || "residentId".equals(field) ? IdentityDocument.FIELD : field;
        return COLUMNS.contains(named) ? BeneficiaryImport.columnName(named) : null;
    }
}
