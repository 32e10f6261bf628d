package org.qiaoyun.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.CoverageProgress;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The coverage screen's progress toward the target year (the guiding opinions: complete within five years of 2019):
 * the target in force and whether it was met, and the rate at the end of each year. A province's admins (and those
 * above) set the province's target here.
 */
final class ProgressPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final transient Words words;
    private final transient Runnable changed;
    final Span target = new Span();
    final Span met = new Span();
    final Grid<CoverageProgress.Year> years = new Grid<>();
    final Button setTarget = new Button();
    private transient Tenant tenant;

    ProgressPanel(Kernel kernel, Words words, Runnable changed) {
        this.kernel = kernel;
        this.words = words;
        this.changed = changed;
        setId("coverage-progress");
        setPadding(false);
        target.setId("progress-target");
        met.setId("progress-met");
        years.setId("progress-years");
        years.addColumn(y -> String.valueOf(y.year())).setHeader(words.get("progress.year"));
        years.addColumn(CoverageProgress.Year::covered).setHeader(words.get("progress.covered"));
        years.addColumn(y -> Rates.of(words, y.rate())).setHeader(words.get("progress.rate"));
        years.setAllRowsVisible(true);
        years.setWidth("36em");
        years.setMaxWidth("100%");
        setTarget.setText(words.get("progress.setTarget"));
        setTarget.setId("action-set-target");
        setTarget.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setTarget.addClickListener(e -> targetDialog());
        FlexLayout line = new FlexLayout(target, met, setTarget);
        line.setAlignItems(Alignment.BASELINE);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph basis = new Paragraph(words.get("progress.basis"));
        basis.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new H3(words.get("progress.title")), line, basis, years);
    }

    void show(Tenant chosen, CallerIdentity caller, CoverageProgress progress) {
        tenant = chosen;
        target.setText(words.get("progress.target", String.valueOf(progress.targetYear())));
        met.setText(metText(words, progress));
        met.getElement().getThemeList().clear();
        met.getElement().getThemeList().add("badge " + progress.met().map(m -> m ? "success" : "error").orElse("contrast"));
        years.setItems(progress.years());
        setTarget.setVisible(chosen.level() == TenantLevel.PROVINCE && caller.canAdminister(chosen) && chosen.status() == TenantStatus.ACTIVE);
    }

    static String metText(Words words, CoverageProgress progress) {
        return progress.met().map(m -> words.get(m ? "progress.met" : "progress.missed")).orElse(words.get("progress.nothingDue"));
    }

    private void targetDialog() {
        Dialog dialog = FormDialog.of(words, "target-dialog", "progress.setTarget");
        IntegerField year = new IntegerField();
        FormErrors errors = new FormErrors(words);
        errors.required("targetYear", year).setLabel(words.get("progress.targetYear"));
        year.setValue(kernel.coverage().targetYear(tenant.code()));
        year.setId("target-year");
        dialog.add(year);
        Button save = new Button(words.get("areas.save"), e -> {
            if (errors.save(() -> kernel.coverage().setTargetYear(tenant.code(), year.getValue()))) {
                dialog.close();
                Attempt.told(words.get("progress.targetSaved", String.valueOf(year.getValue())));
                changed.run();
            }
        });
        save.setId("target-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        dialog.open();
    }
}
