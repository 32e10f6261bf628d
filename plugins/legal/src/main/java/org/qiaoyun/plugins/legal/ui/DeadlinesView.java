package org.qiaoyun.plugins.legal.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.consultation.Deadlines;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The federation's deadlines and the official calendar they are counted on. Everybody reads the terms in force and
 * the years known; the admin changes the terms (for matters taken in from then on) and enters a year's holiday
 * notice when the State Council publishes it, after being told that open matters are counted again.
 */
public class DeadlinesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final IntegerField acknowledgeDays = new IntegerField();
    final IntegerField answerDays = new IntegerField();
    final Button saveTerms = new Button();
    final Grid<Calendars.Known> years = new Grid<>();
    final IntegerField year = new IntegerField();
    final TextArea daysOff = new TextArea();
    final TextArea makeUpDays = new TextArea();
    final Button enterYear = new Button();
    private final transient TenantScope tenant;
    private long termsVersion;
    private boolean built;

    public DeadlinesView(TenantScope tenant) {
        this.tenant = tenant;
        setId("legal-deadlines");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        boolean admin = tenant.callerHas("admin");
        Deadlines deadlines = new Deadlines(tenant);
        add(new H2(t.get("deadlines.title")));

        FormErrors terms = new FormErrors(t);
        terms.required("acknowledgeDays", acknowledgeDays).setLabel(t.get("deadlines.acknowledge"));
        terms.required("answerDays", answerDays).setLabel(t.get("deadlines.answer"));
        acknowledgeDays.setId("legal-acknowledge-days");
        answerDays.setId("legal-answer-days");
        for (IntegerField days : List.of(acknowledgeDays, answerDays)) {
            days.setSuffixComponent(new com.vaadin.flow.component.html.Span(t.get("deadlines.workingDays")));
            days.setReadOnly(!admin);
        }
        showTerms(deadlines.terms());
        saveTerms.setText(t.get("deadlines.save"));
        saveTerms.setId("legal-save-terms");
        saveTerms.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTerms.setVisible(admin);
        saveTerms.addClickListener(e -> {
            terms.clear();
            if (!terms.missingRequired() && terms.save(() -> showTerms(deadlines.change(
                    Deadlines.Terms.of(acknowledgeDays.getValue(), answerDays.getValue()), termsVersion)))) {
                Attempt.told(t.get("deadlines.saved"));
            }
        });
        FlexLayout termsRow = new FlexLayout(acknowledgeDays, answerDays, saveTerms);
        termsRow.setAlignItems(Alignment.BASELINE);
        termsRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        termsRow.getStyle().set("gap", "var(--lumo-space-m)");
        add(new Paragraph(t.get("deadlines.explained")), termsRow);

        add(new H3(t.get("calendar.title")), new Paragraph(t.get("calendar.explained")));
        years.setId("legal-calendar-years");
        years.addColumn(k -> String.valueOf(k.notice().year())).setHeader(t.get("calendar.year")).setAutoWidth(true);
        years.addColumn(k -> String.valueOf(k.notice().daysOff().size())).setHeader(t.get("calendar.daysOff")).setAutoWidth(true);
        years.addColumn(k -> String.valueOf(k.notice().makeUpDays().size())).setHeader(t.get("calendar.makeUpDays")).setAutoWidth(true);
        years.addColumn(k -> t.get(k.entered() ? "calendar.entered" : "calendar.shipped")).setHeader(t.get("calendar.source")).setAutoWidth(true);
        years.setAllRowsVisible(true);
        years.setEmptyStateText(t.get("calendar.none"));
        add(years);
        Calendars calendars = new Calendars(tenant);
        showYears(calendars);
        if (admin) {
            add(yearForm(t, calendars, deadlines));
        }
    }

    private VerticalLayout yearForm(Words t, Calendars calendars, Deadlines deadlines) {
        FormErrors form = new FormErrors(t);
        form.required("year", year).setLabel(t.get("calendar.year"));
        form.field("daysOff", daysOff).setLabel(t.get("calendar.daysOff"));
        form.field("makeUpDays", makeUpDays).setLabel(t.get("calendar.makeUpDays"));
        year.setId("legal-calendar-year");
        daysOff.setId("legal-days-off");
        makeUpDays.setId("legal-make-up-days");
        daysOff.setHelperText(t.get("calendar.days.help"));
        makeUpDays.setHelperText(t.get("calendar.days.help"));
        daysOff.setWidthFull();
        makeUpDays.setWidthFull();
        // choosing a row fills the form with that year, to correct it
        years.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                year.setValue(e.getValue().notice().year());
                daysOff.setValue(String.join(" ", e.getValue().notice().daysOff().stream().sorted().map(Object::toString).toList()));
                makeUpDays.setValue(String.join(" ", e.getValue().notice().makeUpDays().stream().sorted().map(Object::toString).toList()));
            }
        });
        enterYear.setText(t.get("calendar.enter"));
        enterYear.setId("legal-enter-year");
        enterYear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enterYear.addClickListener(e -> {
            form.clear();
            if (form.missingRequired()) {
                return;
            }
            int chosen = year.getValue();
            Long version = calendars.known().stream().filter(k -> k.entered() && k.notice().year() == chosen)
                    .map(Calendars.Known::version).findFirst().orElse(null);
            Confirm.ask(t, t.get("calendar.enter.question", chosen), t.get("calendar.enter.consequence"), t.get("calendar.enter"), () -> {
                int[] recounted = new int[1];
                if (form.save(() -> recounted[0] = deadlines.enter(chosen, Calendars.days(split(daysOff.getValue()), "daysOff"),
                        Calendars.days(split(makeUpDays.getValue()), "makeUpDays"), version))) {
                    Attempt.told(t.get("calendar.entered.told", chosen, recounted[0]));
                    showYears(calendars);
                }
            });
        });
        VerticalLayout layout = new VerticalLayout(new H3(t.get("calendar.enter")), year, daysOff, makeUpDays, enterYear);
        layout.setPadding(false);
        return layout;
    }

    /** Days as typed: separated by spaces, commas or new lines. */
    static List<String> split(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : Arrays.stream(typed.strip().split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
    }

    private void showTerms(Deadlines.Kept kept) {
        termsVersion = kept.version();
        acknowledgeDays.setValue(kept.terms().acknowledgeDays());
        answerDays.setValue(kept.terms().answerDays());
    }

    private void showYears(Calendars calendars) {
        years.setItems(calendars.known());
    }
}
