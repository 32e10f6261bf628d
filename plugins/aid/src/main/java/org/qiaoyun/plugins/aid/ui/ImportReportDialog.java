package org.qiaoyun.plugins.aid.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.screens.Words;

/**
 * What an import found: how many rows, how many valid, and each wrong row with its column and reason.
 * With errors, nothing was imported; the user may then import the valid rows, or fix the file.
 */
final class ImportReportDialog {

    private ImportReportDialog() {
    }

    static Dialog open(Words t, BeneficiaryImport.Report report, Supplier<BeneficiaryImport.Report> importValidRows) {
        return open(t, "import.done", report, importValidRows);
    }

    /** The same for an import whose rows are other things than people ({@code done}: the text saying how many were added). */
    static Dialog open(Words t, String done, BeneficiaryImport.Report report, Supplier<BeneficiaryImport.Report> importValidRows) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-import-report");
        dialog.setHeaderTitle(t.get("import.title"));
        dialog.setWidth("48em");
        Paragraph summary = new Paragraph(report.errors().isEmpty()
                ? t.get(done, report.imported())
                : t.get("import.errors", report.rows(), report.valid(), report.errors().size()));
        summary.setId("aid-import-summary");
        dialog.add(summary);
        if (!report.errors().isEmpty()) {
            Grid<BeneficiaryImport.RowError> errors = new Grid<>();
            errors.setId("aid-import-errors");
            errors.addColumn(BeneficiaryImport.RowError::row).setHeader(t.get("import.row")).setAutoWidth(true);
            errors.addColumn(error -> error.column(t.locale())).setHeader(t.get("import.column")).setAutoWidth(true);
            errors.addColumn(error -> error.text() == null ? error.message() : t.of(error.text())).setHeader(t.get("import.problem")).setFlexGrow(2);
            errors.setItems(report.errors());
            dialog.add(errors);
            if (report.valid() > 0 && report.imported() == 0) {
                Button importValid = new Button(t.get("import.validRows", report.valid()), e -> {
                    BeneficiaryImport.Report imported = importValidRows.get();
                    Notification.show(t.get(done, imported.imported()));
                    dialog.close();
                });
                importValid.setId("aid-import-valid");
                importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                importValid.setDisableOnClick(true);
                dialog.getFooter().add(importValid);
            }
        }
        dialog.getFooter().add(new Button(t.get("close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }
}
