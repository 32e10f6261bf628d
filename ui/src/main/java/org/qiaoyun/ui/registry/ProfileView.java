package org.qiaoyun.ui.registry;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.InstitutionKind;
import org.qiaoyun.kernel.registry.OrganisationForm;
import org.qiaoyun.kernel.registry.OrganisationProfile;
import org.qiaoyun.kernel.registry.ProfileInput;
import org.qiaoyun.kernel.registry.Uscc;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * 组织档案: a federation's organisation record (form, unified social credit code, founding, contact, elections,
 * staff, the people it serves). Its admins and the admins above save it; its viewers read it. A term run out
 * without an election shows as overdue.
 */
@Route(value = "profile", layout = MainLayout.class)
@Dependent
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;
    private Long version;

    final ComboBox<OrganisationForm> form = new ComboBox<>();
    final ComboBox<InstitutionKind> institutionKind = new ComboBox<>();
    final TextField uscc = new TextField();
    final DatePicker foundedOn = new DatePicker();
    final TextField address = new TextField();
    final TextField chair = new TextField();
    final TextField contactPhone = new TextField();
    final DatePicker lastElection = new DatePicker();
    final IntegerField termYears = new IntegerField();
    final IntegerField staffFullTime = new IntegerField();
    final IntegerField staffPartTime = new IntegerField();
    final IntegerField returnees = new IntegerField();
    final IntegerField relatives = new IntegerField();
    final IntegerField overseasChinese = new IntegerField();
    final IntegerField returnedStudents = new IntegerField();
    final IntegerField newMigrants = new IntegerField();
    final Span election = new Span();
    final Button save = new Button();
    private transient FormErrors errors;
    private final H2 title = new H2();
    private transient CommitteePanel committee;

    @Inject
    public ProfileView(Kernel kernel) {
        this.kernel = kernel;
        setId("profile-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller == null) {
            Optional<RegistryEntry> entry = RegistryEntry.enter(kernel, event);
            if (entry.isEmpty()) {
                return;
            }
            caller = entry.get().caller();
            words = entry.get().words();
            build();
        }
        show(new RegistryEntry(caller, words).federation(kernel, event));
    }

    private void build() {
        errors = new FormErrors(words);
        errors.required("form", form).setLabel(words.get("profile.form"));
        form.setItems(OrganisationForm.FEDERATION, OrganisationForm.BRANCH, OrganisationForm.GROUP, OrganisationForm.WORKSTATION);
        form.setItemLabelGenerator(value -> words.get("form." + value.wireName()));
        errors.field("institutionKind", institutionKind).setLabel(words.get("profile.institutionKind"));
        institutionKind.setItems(InstitutionKind.values());
        institutionKind.setItemLabelGenerator(value -> words.get("institution." + value.wireName()));
        errors.field("uscc", uscc).setLabel(words.get("profile.uscc"));
        uscc.setMaxLength(18);
        uscc.setHelperText(words.get("profile.uscc.help"));
        errors.field("foundedOn", foundedOn).setLabel(words.get("profile.foundedOn"));
        errors.field("address", address).setLabel(words.get("profile.address"));
        errors.field("chair", chair).setLabel(words.get("profile.chair"));
        errors.field("contactPhone", contactPhone).setLabel(words.get("profile.contactPhone"));
        errors.field("lastElection", lastElection).setLabel(words.get("profile.lastElection"));
        errors.required("termYears", termYears).setLabel(words.get("profile.termYears"));
        termYears.setMin(1);
        termYears.setMax(10);
        for (var entry : java.util.Map.of("staffFullTime", staffFullTime, "staffPartTime", staffPartTime, "returnees", returnees,
                "relatives", relatives, "overseasChinese", overseasChinese, "returnedStudents", returnedStudents,
                "newMigrants", newMigrants).entrySet()) {
            errors.field(entry.getKey(), entry.getValue()).setLabel(words.get("profile." + entry.getKey()));
            entry.getValue().setMin(0);
        }
        election.setId("profile-election");
        save.setText(words.get("profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button coverage = new Button(words.get("coverage.title"), e -> UI.getCurrent().navigate(CoverageView.class,
                new QueryParameters(java.util.Map.of("tenant", java.util.List.of(tenant.code())))));
        coverage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        committee = new CommitteePanel(kernel, words);
        add(title, coverage,
                new FormLayout(form, institutionKind, uscc, foundedOn, address, chair, contactPhone), new H3(words.get("profile.elections")),
                new FormLayout(lastElection, termYears), election, new H3(words.get("profile.people")),
                new FormLayout(staffFullTime, staffPartTime, returnees, relatives, overseasChinese, returnedStudents, newMigrants), save, committee);
    }

    private void show(Tenant chosen) {
        tenant = chosen;
        errors.clear();
        title.setText(words.get("profile.title", words.english() ? chosen.names().en() : chosen.names().zh()));
        institutionKind.setVisible(chosen.level() == TenantLevel.INSTITUTION);
        Optional<OrganisationProfile> kept = kernel.profiles().of(chosen.code());
        version = kept.map(OrganisationProfile::version).orElse(null);
        form.setValue(kept.map(OrganisationProfile::form).orElse(OrganisationForm.FEDERATION));
        institutionKind.setValue(kept.map(OrganisationProfile::institutionKind).orElse(null));
        uscc.setValue(kept.map(OrganisationProfile::uscc).orElse(""));
        foundedOn.setValue(kept.map(OrganisationProfile::foundedOn).orElse(null));
        address.setValue(kept.map(OrganisationProfile::address).orElse(""));
        chair.setValue(kept.map(OrganisationProfile::chair).orElse(""));
        contactPhone.setValue(kept.map(OrganisationProfile::contactPhone).orElse(""));
        lastElection.setValue(kept.map(OrganisationProfile::lastElection).orElse(null));
        termYears.setValue(kept.map(OrganisationProfile::termYears).orElse(ProfileInput.DEFAULT_TERM_YEARS));
        staffFullTime.setValue(kept.map(OrganisationProfile::staffFullTime).orElse(0));
        staffPartTime.setValue(kept.map(OrganisationProfile::staffPartTime).orElse(0));
        ProfileInput.Served served = kept.map(OrganisationProfile::served).orElse(new ProfileInput.Served(0, 0, 0, 0, 0));
        returnees.setValue(served.returnees());
        relatives.setValue(served.relatives());
        overseasChinese.setValue(served.overseasChinese());
        returnedStudents.setValue(served.returnedStudents());
        newMigrants.setValue(served.newMigrants());
        showElection(kept);
        boolean writable = caller.canAdminister(chosen) && chosen.status() == TenantStatus.ACTIVE;
        save.setVisible(writable);
        committee.show(chosen.code(), writable);
        java.util.List<com.vaadin.flow.component.HasValue<?, ?>> fields = java.util.List.of(form, institutionKind, uscc, foundedOn,
                address, chair, contactPhone, lastElection, termYears, staffFullTime, staffPartTime, returnees, relatives,
                overseasChinese, returnedStudents, newMigrants);
        fields.forEach(field -> field.setReadOnly(!writable));
    }

    private void showElection(Optional<OrganisationProfile> kept) {
        LocalDate today = kernel.profiles().today();
        Optional<LocalDate> due = kept.flatMap(OrganisationProfile::electionDue);
        boolean overdue = kept.map(p -> p.electionOverdue(today)).orElse(false);
        // committee members whose term ran out without a new one are due too, whatever the federation's own date says
        long membersOverdue = kernel.committee().of(tenant.code()).stream().filter(m -> m.termOverdue(today)).count();
        String said = due.map(d -> words.get(overdue ? "profile.election.overdue" : "profile.election.due", d.toString()))
                .orElse(words.get("profile.election.none"));
        election.setText(membersOverdue == 0 ? said : said + words.get("profile.election.members-overdue", membersOverdue));
        election.getElement().getThemeList().clear();
        election.getElement().getThemeList().add(overdue || membersOverdue > 0 ? "badge error" : "badge");
    }

    private void save() {
        OrganisationProfile[] saved = new OrganisationProfile[1];
        if (errors.save(() -> saved[0] = kernel.profiles().save(tenant.code(), version, new ProfileInput(form.getValue(),
                institutionKind.isVisible() ? institutionKind.getValue() : null, Uscc.ofNullable(uscc.getValue()), foundedOn.getValue(),
                address.getValue(), chair.getValue(), contactPhone.getValue(), lastElection.getValue(), termYears.getValue(),
                zero(staffFullTime), zero(staffPartTime), new ProfileInput.Served(zero(returnees), zero(relatives), zero(overseasChinese),
                zero(returnedStudents), zero(newMigrants)))))) {
            version = saved[0].version();
            showElection(Optional.of(saved[0]));
            Attempt.told(words.get("profile.saved"));
        }
    }

    private static int zero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("profile.titleShort");
    }
}
