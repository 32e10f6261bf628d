package org.qiaoyun.plugins.aid.ui;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.screens.Words;

/**
 * Runs a spreadsheet import for a screen. A small file is checked at once; a large one in the
 * background, with a progress bar the screen polls for, so the user sees how far the checking has come.
 * Either way the report follows, and importing the valid rows is the user's choice.
 */
final class ImportRun {

    /** Above this size (bytes) a file is checked in the background with a progress bar. */
    static final int LARGE = 64 * 1024;

    private ImportRun() {
    }

    /** Called with the uploaded bytes, inside the UI's lock. */
    static void start(TenantScope tenant, IdVault vault, Words t, byte[] bytes, Runnable imported) {
        if (bytes.length <= LARGE) {
            try {
                report(tenant, vault, t, bytes, check(tenant, vault, bytes, BeneficiaryImport.Progress.NONE), imported);
            } catch (InvalidInputException e) {
                com.vaadin.flow.component.notification.Notification.show(t.of(e));
            }
            return;
        }
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar();
        bar.setId("aid-import-progress");
        Paragraph label = new Paragraph(t.get("import.checking"));
        Dialog waiting = new Dialog(label, bar);
        waiting.setId("aid-import-waiting");
        waiting.setCloseOnOutsideClick(false);
        waiting.open();
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(() -> check(tenant, vault, bytes, (rows, total) -> ui.access(() -> {
            bar.setValue(total == 0 ? 0 : Math.min(1.0, (double) rows / total));
            label.setText(t.get("import.checked", rows, total));
        }))).whenComplete((report, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            waiting.close();
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                com.vaadin.flow.component.notification.Notification.show(t.of(cause));
            } else {
                report(tenant, vault, t, bytes, report, imported);
            }
        }));
    }

    private static BeneficiaryImport.Report check(TenantScope tenant, IdVault vault, byte[] bytes, BeneficiaryImport.Progress progress) {
        return new BeneficiaryImport(tenant, vault).run(new ByteArrayInputStream(bytes), false, progress);
    }

    private static void report(TenantScope tenant, IdVault vault, Words t, byte[] bytes, BeneficiaryImport.Report report, Runnable imported) {
        if (report.imported() > 0) {
            imported.run();
        }
        ImportReportDialog.open(t, report, () -> {
            try {
                BeneficiaryImport.Report done = new BeneficiaryImport(tenant, vault)
                        .run(new ByteArrayInputStream(bytes), true, BeneficiaryImport.Progress.NONE);
                imported.run();
                return done;
            } catch (InvalidInputException e) {
                com.vaadin.flow.component.notification.Notification.show(t.of(e));
                return new BeneficiaryImport.Report(0, 0, java.util.List.of(), 0);
            }
        });
    }
}
