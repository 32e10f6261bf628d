package org.qiaoyun.plugins.legal.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.qiaoyun.screens.DocumentFields;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Taking a consultation in at a station: who asks, the other parties, the category and the facts. The conflict
 * check runs before saving and says what it found (the matters themselves only to the centre's head); with
 * anything found, saving asks to go on, for the head will look at it before assigning.
 */
public class IntakeView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final ComboBox<Station> station = new ComboBox<>();
    final ComboBox<Channel> channel = new ComboBox<>();
    final TextField referredBy = new TextField();
    final TextField personName = new TextField();
    final TextField personPhone = new TextField();
    final ComboBox<Relation> relation = new ComboBox<>();
    /** The person's identity document (optional): kind, number, a foreign passport's issuing state. */
    DocumentFields document;
    final TextField language = new TextField();
    final TextArea parties = new TextArea();
    final ComboBox<Category> category = new ComboBox<>();
    final TextArea facts = new TextArea();
    final com.vaadin.flow.component.checkbox.Checkbox petition = new com.vaadin.flow.component.checkbox.Checkbox();
    final TextField respondent = new TextField();
    final TextArea request = new TextArea();
    final Div conflicts = new Div();
    final Button check = new Button();
    final Button save = new Button();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private boolean built;

    public IntakeView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("legal-intake");
    }

    static String route(TenantScope tenant) {
        return "t/" + tenant.tenantCode() + "/legal/intake";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        FormErrors form = new FormErrors(t);
        form.required("stationId", station).setLabel(t.get("intake.station"));
        station.setItems(new Network(tenant).allStations());
        station.setItemLabelGenerator(s -> s.name() + "（" + LegalWords.name(t, s.kind()) + "）");
        form.required("channel", channel).setLabel(t.get("intake.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> LegalWords.name(t, c));
        channel.setValue(Channel.WALK_IN);
        form.field("referredBy", referredBy).setLabel(t.get("intake.referredBy"));
        form.required("personName", personName).setLabel(t.get("matter.person"));
        personName.setId("legal-person-name");
        form.field("personPhone", personPhone).setLabel(t.get("matter.phone"));
        form.required("relation", relation).setLabel(t.get("matter.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> LegalWords.name(t, r));
        document = new DocumentFields(t, "legal");
        document.byField().forEach(form::field);
        document.number.setLabel(t.get("intake.residentId"));
        document.number.setHelperText(t.get("intake.residentId.help"));
        form.field("language", language).setLabel(t.get("matter.language"));
        language.setHelperText(t.get("intake.language.help"));
        form.field("parties", parties).setLabel(t.get("intake.parties"));
        parties.setHelperText(t.get("intake.parties.help"));
        form.required("category", category).setLabel(t.get("matter.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> LegalWords.name(t, c));
        form.required("facts", facts).setLabel(t.get("matter.facts"));
        facts.setWidthFull();
        petition.setLabel(t.get("intake.petition"));
        petition.setId("legal-petition");
        form.field("respondent", respondent).setLabel(t.get("matter.respondent"));
        form.field("request", request).setLabel(t.get("matter.request"));
        respondent.setVisible(false);
        request.setVisible(false);
        petition.addValueChangeListener(e -> {
            respondent.setVisible(e.getValue());
            request.setVisible(e.getValue());
        });

        Consultations consultations = new Consultations(tenant, vault);
        conflicts.setId("legal-conflicts");
        check.setText(t.get("intake.check"));
        check.setId("legal-check");
        check.addClickListener(e -> Attempt.run(t, () -> showConflicts(t, consultations.preview(intake()))));
        save.setText(t.get("intake.save"));
        save.setId("legal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            form.clear();
            if (form.missingRequired()) {
                return; // every missing field at once, before anything is looked up
            }
            Consultations.Conflicts found;
            try {
                found = consultations.preview(intake());
            } catch (RuntimeException refused) {
                form.show(refused);
                return;
            }
            showConflicts(t, found);
            if (found.count() == 0) {
                takeIn(t, form, consultations);
            } else {
                Confirm.ask(t, t.get("intake.conflicts.question", found.count()), t.get("intake.conflicts.consequence"),
                        t.get("intake.save"), () -> takeIn(t, form, consultations));
            }
        });
        station.setId("legal-station");
        channel.setId("legal-channel");
        personPhone.setId("legal-person-phone");
        relation.setId("legal-relation");
        language.setId("legal-language");
        parties.setId("legal-parties");
        category.setId("legal-category");
        facts.setId("legal-facts");
        FormLayout layout = new FormLayout(station, channel, referredBy, personName, personPhone, relation, document.kind, document.number,
                document.country, language, category,
                petition, respondent, request, parties, facts);
        layout.setColspan(facts, 2);
        layout.setColspan(parties, 2);
        FlexLayout buttons = new FlexLayout(check, save);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(t.get("intake.title")), layout, conflicts, buttons);
    }

    private void takeIn(Words t, FormErrors form, Consultations consultations) {
        List<Consultation> taken = new ArrayList<>();
        if (form.save(() -> taken.add(petition.getValue() ? consultations.takeInPetition(intake(), respondent.getValue(), request.getValue())
                : consultations.takeIn(intake())))) {
            Consultation c = taken.get(0);
            Attempt.told(t.get("intake.saved", c.acknowledgeDue(), c.answerDue()));
            UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/legal");
        }
    }

    private void showConflicts(Words t, Consultations.Conflicts found) {
        conflicts.removeAll();
        if (found.count() == 0) {
            conflicts.add(new Paragraph(t.get("intake.conflicts.none")));
            return;
        }
        conflicts.add(new Paragraph(t.get("intake.conflicts.count", found.count())));
        for (Consultations.ConflictingMatter m : found.shown()) {
            conflicts.add(new Paragraph(t.get("intake.conflicts.matter", String.join("、", m.names()), LegalWords.name(t, m.category()),
                    LegalWords.name(t, m.status()), m.receivedOn())));
        }
    }

    /** The form as an intake; the other parties one a line, a phone after the name if known. */
    Consultation.Intake intake() {
        List<Party.Named> others = new ArrayList<>();
        for (String line : parties.getValue().split("\\R")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (!parts[0].isBlank()) {
                others.add(new Party.Named(parts[0], parts.length > 1 ? parts[1] : null));
            }
        }
        return new Consultation.Intake(station.getValue() == null ? null : station.getValue().id(), channel.getValue(), referredBy.getValue(),
                personName.getValue(), personPhone.getValue(), relation.getValue(), document.number.getValue(), language.getValue(), others,
                category.getValue(), facts.getValue(), document.kind.getValue(), document.typedCountry());
    }
}
