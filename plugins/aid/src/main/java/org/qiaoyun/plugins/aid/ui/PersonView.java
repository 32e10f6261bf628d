package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.DocumentFields;
import org.qiaoyun.plugins.aid.files.AidFiles;
import org.qiaoyun.screens.AttachmentsPanel;
import org.qiaoyun.screens.Words;

/** A beneficiary's profile: who they are (ID number masked), their guardian and consent, every case over the years and their papers (poverty certificates and the like). */
public class PersonView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<AidCase> cases = new Grid<>();

    private final transient TenantScope tenant;
    private final transient IdVault vault;

    public PersonView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-person-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Words t = AidWords.of(getLocale());
        if (!Permissions.readsPeople(tenant)) {
            removeAll();
            add(BeneficiariesView.denied(t));
            return;
        }
        Beneficiaries people = new Beneficiaries(tenant, vault);
        show(tenant, t, people, people.get(event.getRouteParameters().get("id").orElseThrow()));
    }

    private void show(TenantScope tenant, Words t, Beneficiaries people, Beneficiary person) {
        removeAll();
        add(new H2(person.name()));
        if (tenant.callerHas("caseworker") || tenant.callerHas("admin")) {
            Button edit = new Button(t.get("person.edit"), e -> edit(tenant, t, people, person));
            edit.setId("aid-person-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(edit);
        }
        add(new Paragraph(t.get("person.facts", DocumentFields.shown(t, person.documentKind(), person.issuingCountry(), person.maskedId()),
                String.valueOf(person.birthDate().getYear()), t.of(person.category()),
                person.tags().stream().map(t::of).toList().toString().replace("[", "").replace("]", ""))));
        java.util.List<Beneficiary> others = people.possibleDuplicates(person.id());
        if (!others.isEmpty()) {
            Paragraph check = new Paragraph(others.stream().map(other -> t.of(org.qiaoyun.api.Text.of("aid.beneficiary.possible-duplicate",
                    other.name(), other.id()))).collect(java.util.stream.Collectors.joining("；")));
            check.setId("aid-person-possible-duplicates");
            add(check);
        }
        if (person.guardianName() != null) {
            add(new Paragraph(t.get("person.guardian", person.guardianName(), person.guardianPhone())));
        }
        if (person.household() != null) {
            add(new Paragraph(t.get("people.household") + ": " + person.household()));
        }
        add(new Paragraph(t.get("person.consent", person.consentDate(), person.consentBy())));
        cases.setId("aid-person-cases");
        cases.removeAllColumns();
        cases.addColumn(c -> c.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString())
                .setHeader(t.get("cases.created"));
        cases.addColumn(c -> t.of(c.type())).setHeader(t.get("cases.type"));
        cases.addColumn(c -> c.requested().toString()).setHeader(t.get("cases.requested"));
        cases.addColumn(c -> c.disbursed().toString()).setHeader(t.get("case.amount"));
        cases.addColumn(c -> t.of(c.status())).setHeader(t.get("cases.status"));
        cases.setItems(new Casework(tenant).list(new Casework.Search(false, null, null, person.id()), 0, 1000));
        cases.setEmptyStateText(t.get("cases.none"));
        cases.setAllRowsVisible(true);
        cases.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant.tenantCode() + "/aid/case/" + e.getItem().id())));
        add(new H3(t.get("person.cases")), cases);
        AidFiles files = new AidFiles(tenant);
        add(new AttachmentsPanel(t, files.filesOf(AidFiles.Holder.BENEFICIARY, person.id()),
                AidFiles.Holder.BENEFICIARY.record(person.id()), files::mayChange));
    }

    /** Changing the record as it was when the dialog opened; the ID number and the consent stay as registered. */
    private void edit(TenantScope tenant, Words t, Beneficiaries people, Beneficiary person) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-person-dialog");
        dialog.setHeaderTitle(t.get("person.edit") + "：" + person.name());
        PersonForm form = new PersonForm(t).showing(person);
        Button save = new Button(t.get("save"), e -> {
            form.fields.values().forEach(f -> f.setInvalid(false));
            try {
                Beneficiary changed = people.describe(person.id(), person.version(), form.details());
                dialog.close();
                Notification.show(t.get("person.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(tenant, t, people, changed);
            } catch (InvalidInputException refused) {
                HasValidation target = refused.field() == null ? null : form.fields.get(refused.field());
                if (target == null) {
                    Notification.show(t.of(refused)).addThemeVariants(NotificationVariant.LUMO_ERROR);
                } else {
                    target.setErrorMessage(t.of(refused));
                    target.setInvalid(true);
                }
            } catch (ConflictException refused) {
                dialog.close();
                Notification.show(t.of(refused)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("aid-person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
