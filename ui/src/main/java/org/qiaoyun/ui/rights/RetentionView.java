package org.qiaoyun.ui.rights;

import java.util.Locale;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.rights.RetentionPeriods;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * How long the federation keeps each kind of record its modules keep people's details in, for its own admins: what the
 * period runs from, the months kept (the default until set) within the kind's bounds, set here (audited); what is past
 * it is erased by the platform's daily work.
 */
@Route(value = "admin/retention", layout = MainLayout.class)
@Dependent
public class RetentionView extends CallerScreen {

    private static final long serialVersionUID = 1L;

    final Grid<RetentionPeriods.Period> grid = new Grid<>();
    private String federation;

    @Inject
    public RetentionView(Kernel kernel) {
        super(kernel, "retention-view", "retention.title");
    }

    @Override
    protected void build(CallerIdentity caller) {
        federation = caller.homeTenant();
        Locale language = getLocale();
        grid.setId("retention-grid");
        grid.addColumn(p -> KernelCall.moduleName(kernel, p.moduleId(), language) + " · " + kernel.texts().render(p.kind().name(), language))
                .setHeader(getTranslation("retention.kind")).setAutoWidth(true);
        grid.addColumn(p -> kernel.texts().render(p.kind().from(), language)).setHeader(getTranslation("retention.from")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.byDefault() ? "retention.months-default" : "retention.months-set", p.months()))
                .setHeader(getTranslation("retention.months")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("retention.bounds", p.kind().leastMonths(), p.kind().mostMonths()))
                .setHeader(getTranslation("retention.bounds-header")).setAutoWidth(true);
        grid.addComponentColumn(this::editor).setKey("edit").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("retention.title")), new Paragraph(getTranslation("retention.explain")), grid);
    }

    private HorizontalLayout editor(RetentionPeriods.Period period) {
        String id = period.moduleId() + "-" + period.kind().code();
        IntegerField months = new IntegerField();
        months.setId("retention-months-" + id);
        months.setAriaLabel(getTranslation("retention.months"));
        months.setValue(period.months());
        months.setWidth("8em");
        Button save = new Button(getTranslation("retention.save"), e -> set(period, months));
        save.setId("retention-save-" + id);
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(months, save);
    }

    private void set(RetentionPeriods.Period period, IntegerField months) {
        if (months.getValue() == null) {
            months.setErrorMessage(getTranslation("retention.months-required"));
            months.setInvalid(true);
            return;
        }
        try {
            kernel.retentionPeriods().set(federation, period.moduleId(), period.kind().code(), months.getValue());
            Attempt.told(getTranslation("retention.saved"));
            refresh();
        } catch (InvalidInputException outOfBounds) {
            months.setErrorMessage(kernel.texts().render(outOfBounds, getLocale()));
            months.setInvalid(true);
        } catch (RuntimeException e) {
            KernelCall.attempt(kernel, getLocale(), () -> {
                throw e;
            });
        }
    }

    private void refresh() {
        KernelCall.attempt(kernel, getLocale(), () -> kernel.retentionPeriods().of(federation)).ifPresent(grid::setItems);
    }
}
