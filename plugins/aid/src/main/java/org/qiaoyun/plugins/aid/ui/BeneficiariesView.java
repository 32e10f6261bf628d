package org.qiaoyun.plugins.aid.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.DocumentFields;
import org.qiaoyun.screens.Words;

/**
 * The people the federation cares for: search by name, filter by tag, ID numbers masked; registering
 * a person with every error shown at its field; importing a spreadsheet (template to download, a report
 * of every wrong row and column, the valid rows imported only when the user chooses so).
 */
public class BeneficiariesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final TextField search = new TextField();
    final ComboBox<VulnerabilityTag> tag = new ComboBox<>();
    final Grid<Beneficiary> grid = new Grid<>();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private boolean built;

    public BeneficiariesView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-beneficiaries-view");
        setSizeFull();
    }

    /** What a volunteer, organiser or legal adviser reads here instead of people's records. */
    static Paragraph denied(Words t) {
        Paragraph denied = new Paragraph(t.get("people.denied"));
        denied.setId("aid-people-denied");
        return denied;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = AidWords.of(getLocale());
        if (!Permissions.readsPeople(tenant)) {
            add(denied(t));
            return;
        }
        Beneficiaries people = new Beneficiaries(tenant, vault);
        search.setPlaceholder(t.get("people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        tag.setPlaceholder(t.get("people.tag"));
        tag.setItems(VulnerabilityTag.values());
        tag.setItemLabelGenerator(t::of);
        tag.setClearButtonVisible(true);
        grid.setId("aid-people");
        grid.addColumn(Beneficiary::name).setHeader(t.get("people.name")).setAutoWidth(true);
        grid.addColumn(b -> DocumentFields.shown(t, b.documentKind(), b.issuingCountry(), b.maskedId()))
                .setHeader(t.get("people.document")).setAutoWidth(true);
        grid.addColumn(b -> t.of(b.category())).setHeader(t.get("people.category"));
        grid.addColumn(b -> b.tags().stream().map(t::of).toList().toString().replace("[", "").replace("]", ""))
                .setHeader(t.get("people.tags")).setFlexGrow(2);
        grid.addColumn(b -> new Casework(tenant).count(new Casework.Search(false, null, null, b.id())))
                .setHeader(t.get("people.cases"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                q -> people.search(search.getValue(), tag.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) people.count(search.getValue(), tag.getValue())));
        grid.setEmptyStateText(t.get("people.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant.tenantCode() + "/aid/person/" + e.getItem().id())));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tag.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button register = new Button(t.get("people.register"), e -> register(t, people));
        register.setId("aid-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor template = new Anchor(download -> {
            download.setFileName("beneficiaries-template.xlsx");
            download.setContentType(XLSX);
            download.getOutputStream().write(BeneficiaryImport.template());
        }, t.get("people.template"));
        template.setId("aid-template");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ImportRun.start(tenant, vault, t, bytes, () -> {
            AidIndicators.refresh(tenant);
            grid.getDataProvider().refreshAll();
        })));
        upload.setId("aid-import");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setUploadButton(new Button(t.get("people.import")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(t.get("people.import.drop")));
        FlexLayout bar = new FlexLayout(search, tag, register, template, upload);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(t.get("people.title")), bar, grid);
        setFlexGrow(1, grid);
    }

    private void register(Words t, Beneficiaries people) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-register-dialog");
        dialog.setHeaderTitle(t.get("people.register"));
        PersonForm form = new PersonForm(t);
        DocumentFields document = new DocumentFields(t, "aid");
        DatePicker consentDate = new DatePicker(t.get("people.consentDate"), AidIndicators.today(tenant));
        consentDate.setId("aid-consent-date");
        TextField consentBy = new TextField(t.get("people.consentBy"));
        consentBy.setId("aid-consent-by");
        Component[] documentFields = document.components();
        for (int i = 0; i < documentFields.length; i++) {
            form.addComponentAtIndex(1 + i, documentFields[i]);
        }
        form.add(consentDate, consentBy);
        Map<String, HasValidation> fields = new HashMap<>(form.fields);
        fields.putAll(document.byField());
        fields.put("consentDate", consentDate);
        fields.put("consentBy", consentBy);
        dialog.add(form);
        Button save = new Button(t.get("save"));
        save.setId("aid-register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Beneficiary.Details d = form.details();
                Beneficiary person = people.register(new Beneficiary.Registration(d.name(), document.kind.getValue(),
                        document.number.getValue(), document.typedCountry(), document.typedBirthDate(), document.typedMale(), d.phone(),
                        d.address(), d.category(), d.tags(), d.household(), d.guardianName(), d.guardianPhone(),
                        consentDate.getValue(), consentBy.getValue()));
                AidIndicators.refresh(tenant);
                dialog.close();
                Notification.show(t.get("people.registered", person.name()));
                // the same name and birth date under another document: perhaps the same person, for the caseworker to check
                people.possibleDuplicates(person.id()).stream().findFirst().ifPresent(other -> Notification.show(
                        t.of(org.qiaoyun.api.Text.of("aid.beneficiary.possible-duplicate", other.name(), other.id())), 10_000,
                        Notification.Position.MIDDLE).setId("aid-possible-duplicate"));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException | ConflictException refused) {
                String field = refused instanceof InvalidInputException i ? i.field() : ((ConflictException) refused).field();
                HasValidation target = field == null ? null : fields.get(field);
                if (target == null) {
                    Notification.show(t.of(refused));
                } else {
                    target.setErrorMessage(t.of(refused));
                    target.setInvalid(true);
                }
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
