package org.qiaoyun.ui.registry;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Association;
import org.qiaoyun.kernel.registry.AssociationInput;
import org.qiaoyun.kernel.registry.Associations;
import org.qiaoyun.kernel.registry.Uscc;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * 联系社团: a federation's networks, the domestic associations linked to it (1+N) and the overseas associations paired
 * with it (1+Y), searchable and filtered by network. Its admins (and admins above) register, change and remove them;
 * viewers read. A university federation also sees the alumni associations that name it in a triad, without changing them.
 */
@Route(value = "associations", layout = MainLayout.class)
@Dependent
public class AssociationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;

    final Grid<Association> grid = new Grid<>();
    final ComboBox<Association.Scope> network = new ComboBox<>();
    final TextField search = new TextField();
    final Button add = new Button();
    final Button edit = new Button();
    final Button remove = new Button();
    private final H2 title = new H2();

    @Inject
    public AssociationsView(Kernel kernel) {
        this.kernel = kernel;
        setId("associations-view");
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
        RegistryEntry entered = new RegistryEntry(caller, words);
        tenant = entered.federation(kernel, event);
        title.setText(words.get("associations.title", entered.name(tenant)));
        refresh();
    }

    private Associations.Search filter() {
        return new Associations.Search(network.getValue(), search.getValue());
    }

    private void build() {
        setSizeFull();
        network.setId("associations-network");
        network.setLabel(words.get("associations.scope"));
        network.setItems(Association.Scope.values());
        network.setItemLabelGenerator(s -> words.get("scope." + s.wireName()));
        network.setClearButtonVisible(true);
        network.setPlaceholder(words.get("associations.allNetworks"));
        network.addValueChangeListener(e -> refresh());
        search.setId("associations-search");
        search.setLabel(words.get("associations.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.setId("associations-grid");
        grid.addColumn(Association::name).setHeader(words.get("associations.name")).setFlexGrow(2);
        grid.addColumn(a -> words.get("scope." + a.scope().wireName())).setHeader(words.get("associations.scope"));
        grid.addColumn(a -> words.get("kind." + a.kind().wireName())).setHeader(words.get("associations.kind"));
        grid.addColumn(a -> a.country() == null ? "" : a.country() + (a.city() == null ? "" : " · " + a.city()))
                .setHeader(words.get("associations.place"));
        grid.addColumn(a -> a.chair() == null ? "" : a.chair()).setHeader(words.get("associations.chair"));
        grid.addColumn(a -> a.members() == null ? "" : String.valueOf(a.members())).setHeader(words.get("associations.members"));
        grid.addColumn(a -> a.since() == null ? "" : String.valueOf(a.since())).setHeader(words.get("associations.since"));
        grid.addColumn(this::triad).setHeader(words.get("associations.triad"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.associations().of(tenant.code(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.associations().count(tenant.code(), filter())));
        grid.setEmptyStateText(words.get("associations.none"));
        grid.addSelectionListener(e -> updateActions());

        add.setId("action-add-association");
        add.setText(words.get("associations.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> dialog(null));
        edit.setId("action-edit-association");
        edit.setText(words.get("associations.edit"));
        edit.addClickListener(e -> selected().ifPresent(this::dialog));
        remove.setId("action-remove-association");
        remove.setText(words.get("associations.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(this::confirmRemove));
        FlexLayout filters = new FlexLayout(network, search);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        FlexLayout actions = new FlexLayout(add, edit, remove);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(title, new Paragraph(words.get("associations.about")), filters, actions, grid);
        setFlexGrow(1, grid);
    }

    /** The triad a record forms: the university federation it names, or, seen by that federation, who keeps it. */
    private String triad(Association association) {
        String other = association.tenantCode().equals(tenant.code()) ? association.linkedTenant() : association.tenantCode();
        if (other == null) {
            return "";
        }
        return kernel.tenants().find(other).map(t -> words.english() ? t.names().en() : t.names().zh()).orElse(other);
    }

    private Optional<Association> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean keeper = tenant.status() == TenantStatus.ACTIVE && caller.canAdminister(tenant);
        boolean own = selected().map(a -> a.tenantCode().equals(tenant.code())).orElse(false);
        add.setVisible(keeper);
        edit.setVisible(keeper);
        remove.setVisible(keeper);
        edit.setEnabled(own);
        remove.setEnabled(own);
    }

    private void dialog(Association kept) {
        Dialog dialog = FormDialog.of(words, "association-dialog", kept == null ? "associations.add" : "associations.edit");
        FormErrors errors = new FormErrors(words);
        ComboBox<Association.Scope> scope = errors.required("scope", new ComboBox<>(words.get("associations.scope")));
        scope.setId("association-scope");
        scope.setItems(Association.Scope.values());
        scope.setItemLabelGenerator(s -> words.get("scope." + s.wireName()));
        ComboBox<Association.Kind> kind = errors.required("kind", new ComboBox<>(words.get("associations.kind")));
        kind.setId("association-kind");
        kind.setItems(Association.Kind.values());
        kind.setItemLabelGenerator(k -> words.get("kind." + k.wireName()));
        TextField name = errors.required("name", new TextField(words.get("associations.name")));
        name.setId("association-name");
        name.setMaxLength(100);
        TextField uscc = errors.field("uscc", new TextField(words.get("profile.uscc")));
        uscc.setId("association-uscc");
        uscc.setMaxLength(18);
        TextField chair = errors.field("chair", new TextField(words.get("associations.chair")));
        chair.setMaxLength(50);
        IntegerField members = errors.field("members", new IntegerField(words.get("associations.members")));
        members.setId("association-members");
        members.setMin(0);
        TextField contact = errors.field("contact", new TextField(words.get("associations.contact")));
        contact.setMaxLength(200);
        TextField country = errors.field("country", new TextField(words.get("associations.country")));
        country.setId("association-country");
        country.setMaxLength(50);
        TextField city = errors.field("city", new TextField(words.get("associations.city")));
        city.setMaxLength(50);
        IntegerField since = errors.field("since", new IntegerField(words.get("associations.since")));
        since.setId("association-since");
        TextField linked = errors.field("linkedTenant", new TextField(words.get("associations.linkedTenant")));
        linked.setId("association-linked");
        linked.setHelperText(words.get("associations.linkedTenant.help"));
        scope.addValueChangeListener(e -> {
            boolean abroad = e.getValue() == Association.Scope.OVERSEAS;
            uscc.setVisible(!abroad);
            country.setRequiredIndicatorVisible(abroad);
        });
        if (kept == null) {
            scope.setValue(Association.Scope.DOMESTIC);
            kind.setValue(Association.Kind.HOMETOWN);
        } else {
            scope.setValue(kept.scope());
            kind.setValue(kept.kind());
            name.setValue(kept.name());
            uscc.setValue(kept.uscc() == null ? "" : kept.uscc());
            chair.setValue(kept.chair() == null ? "" : kept.chair());
            members.setValue(kept.members());
            contact.setValue(kept.contact() == null ? "" : kept.contact());
            country.setValue(kept.country() == null ? "" : kept.country());
            city.setValue(kept.city() == null ? "" : kept.city());
            since.setValue(kept.since());
            linked.setValue(kept.linkedTenant() == null ? "" : kept.linkedTenant());
        }
        dialog.add(new FormLayout(scope, kind, name, uscc, chair, members, contact, country, city, since, linked));
        FormDialog.open(dialog, words, errors, "association-save", () -> {
            boolean abroad = scope.getValue() == Association.Scope.OVERSEAS;
            AssociationInput input = new AssociationInput(scope.getValue(), kind.getValue(), name.getValue(),
                    abroad ? null : Uscc.ofNullable(uscc.getValue()), chair.getValue(), members.getValue(), contact.getValue(),
                    country.getValue(), city.getValue(), since.getValue(), linked.getValue());
            if (kept == null) {
                kernel.associations().record(tenant.code(), input);
            } else {
                kernel.associations().change(tenant.code(), kept.id(), kept.version(), input);
            }
        }, this::refresh);
    }

    private void confirmRemove(Association association) {
        Confirm.destructive(words, words.get("associations.remove.question", association.name()), words.get("associations.remove.consequence"),
                words.get("associations.remove"), () -> {
                    if (Attempt.run(words, () -> kernel.associations().remove(tenant.code(), association.id(), association.version()),
                            words.get("associations.removed"))) {
                        refresh();
                    }
                });
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("associations.titleShort");
    }
}
