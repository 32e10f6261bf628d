package org.qiaoyun.ui.registry;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.AreaSheet;
import org.qiaoyun.kernel.registry.Areas;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Words;

/**
 * The coverage screen's spreadsheet actions for a county's areas: download them as Excel (headed in the screen's
 * language; with none recorded, a workbook to fill in) and, for those who may change them, import a filled-in one.
 * The import's result opens in a dialog: what was recorded and updated, or every wrong row by line and column, in
 * which case nothing was imported.
 */
final class AreaSheetActions extends FlexLayout {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Upload upload;

    AreaSheetActions(Kernel kernel, Words words, Supplier<Tenant> tenant, Runnable imported) {
        Anchor download = new Anchor(event -> {
            event.setFileName("areas-" + tenant.get().code() + ".xlsx");
            event.setContentType(XLSX);
            event.getOutputStream().write(kernel.areas().sheet(tenant.get().code(), words.locale()));
        }, words.get("areas.export"));
        download.setId("action-export-areas");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Areas.ImportReport[] report = new Areas.ImportReport[1];
            if (Attempt.run(words, () -> report[0] = kernel.areas().importSheet(tenant.get().code(), new ByteArrayInputStream(bytes)))) {
                result(words, report[0]).open();
                if (report[0].imported()) {
                    imported.run();
                }
            }
        }));
        upload.setId("action-import-areas");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(16 * 1024 * 1024);
        upload.setUploadButton(new Button(words.get("areas.import")));
        upload.setDropLabel(new Span(words.get("areas.import.drop")));
        add(download, upload);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.CENTER);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    /** Shows the import controls only to those who may change the areas. */
    void writable(boolean writable) {
        upload.setVisible(writable);
    }

    private static Dialog result(Words words, Areas.ImportReport report) {
        Dialog dialog = new Dialog();
        dialog.setId("import-result");
        dialog.setHeaderTitle(words.get("import.title"));
        Paragraph summary = new Paragraph(report.imported()
                ? words.get("import.done", String.valueOf(report.recorded()), String.valueOf(report.changed()))
                : words.get("import.refused", String.valueOf(report.problems().size())));
        summary.setId("import-summary");
        dialog.add(summary);
        if (!report.imported()) {
            Grid<AreaSheet.RowProblem> problems = new Grid<>();
            problems.setId("import-problems");
            problems.addColumn(p -> words.get("import.line", String.valueOf(p.line()))).setHeader(words.get("import.line.header")).setAutoWidth(true);
            problems.addColumn(p -> words.of(p.column().header())).setHeader(words.get("import.column")).setAutoWidth(true);
            problems.addColumn(p -> words.of(p.text())).setHeader(words.get("import.problem")).setFlexGrow(1);
            problems.setItems(report.problems());
            problems.setAllRowsVisible(true);
            problems.setWidth("48em");
            problems.setMaxWidth("100%");
            dialog.add(problems);
        }
        dialog.getFooter().add(new Button(words.get("import.close"), e -> dialog.close()));
        return dialog;
    }
}
