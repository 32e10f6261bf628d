package org.qiaoyun.plugins.legal.ui;

import java.time.YearMonth;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.Permissions;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.education.EducationSessions;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** Legal education sessions (普法): this month's count and attendance, the sessions newest first, and a form to record one. */
public class EducationView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<EducationSession> sessions = new Grid<>();
    final Paragraph month = new Paragraph();
    /** The chosen session's materials, and its list of names for those who record sessions. */
    final com.vaadin.flow.component.html.Div chosen = new com.vaadin.flow.component.html.Div();
    private final transient TenantScope tenant;
    private boolean built;

    public EducationView(TenantScope tenant) {
        this.tenant = tenant;
        setId("legal-education");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        EducationSessions service = new EducationSessions(tenant);
        add(new H2(t.get("education.title")));
        if (service.callerRecords()) {
            add(form(t, service));
        }
        month.setId("legal-education-month");
        sessions.setId("legal-education-sessions");
        sessions.addColumn(s -> s.heldOn().toString()).setHeader(t.get("roster.day")).setAutoWidth(true);
        sessions.addColumn(EducationSession::topic).setHeader(t.get("education.topic")).setFlexGrow(2);
        sessions.addColumn(EducationSession::place).setHeader(t.get("network.place")).setAutoWidth(true);
        sessions.addColumn(s -> s.audience() == null ? "" : s.audience()).setHeader(t.get("education.audience")).setAutoWidth(true);
        sessions.addColumn(s -> s.speakers() == null ? "" : s.speakers()).setHeader(t.get("education.speakers")).setAutoWidth(true);
        sessions.addColumn(EducationSession::attendance).setHeader(t.get("education.attendance")).setAutoWidth(true);
        sessions.setAllRowsVisible(true);
        chosen.setId("legal-education-chosen");
        chosen.setWidthFull();
        sessions.asSingleSelect().addValueChangeListener(e -> showChosen(t, service, e.getValue()));
        add(month, sessions, chosen);
        show(t, service);
    }

    private FormLayout form(Words t, EducationSessions service) {
        FormErrors form = new FormErrors(t);
        DatePicker heldOn = form.required("heldOn", new DatePicker(t.get("roster.day"), ChinaTime.today(tenant)));
        TextField topic = form.required("topic", new TextField(t.get("education.topic")));
        TextField place = form.required("place", new TextField(t.get("network.place")));
        TextField audience = form.field("audience", new TextField(t.get("education.audience")));
        TextField speakers = form.field("speakers", new TextField(t.get("education.speakers")));
        IntegerField attendance = form.required("attendance", new IntegerField(t.get("education.attendance")));
        com.vaadin.flow.component.textfield.TextArea attendees = form.field("attendees",
                new com.vaadin.flow.component.textfield.TextArea(t.get("education.attendees")));
        attendees.setHelperText(t.get("education.attendees.help"));
        attendees.setId("legal-education-attendees");
        Button record = new Button(t.get("education.record"), e -> {
            if (form.save(() -> service.record(new EducationSession.Details(heldOn.getValue(), topic.getValue(), place.getValue(),
                    audience.getValue(), speakers.getValue(), attendance.getValue(), attendees.getValue())))) {
                Attempt.told(t.get("education.recorded"));
                show(t, service);
            }
        });
        record.setId("legal-education-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(heldOn, topic, place, audience, speakers, attendance, attendees, record);
        layout.setColspan(attendees, 2);
        return layout;
    }

    /** A chosen session: its materials for everybody (changed by recorders), its list of names for recorders. */
    private void showChosen(Words t, EducationSessions service, EducationSession session) {
        chosen.removeAll();
        if (session == null) {
            return;
        }
        chosen.add(new com.vaadin.flow.component.html.H3(t.get("education.materials", session.topic())));
        chosen.add(new org.qiaoyun.screens.AttachmentsPanel(t, service.materialsOf(session.id()), EducationSessions.fileRecord(session.id()),
                service::callerRecords));
        if (service.callerRecords() && session.keptList()) {
            Paragraph names = new Paragraph(t.get("education.attendees.list", String.join("、", service.attendees(session.id()))));
            names.setId("legal-education-names");
            chosen.add(names);
        }
    }

    private void show(Words t, EducationSessions service) {
        YearMonth now = ChinaTime.month(tenant);
        Page<EducationSession> thisMonth = service.page(now, null, 0, Page.MAX_SIZE);
        month.setText(t.get("education.month", now.toString(), thisMonth.total(),
                thisMonth.items().stream().mapToInt(EducationSession::attendance).sum()));
        sessions.setItems(service.page(null, null, 0, Page.MAX_SIZE).items());
    }
}
