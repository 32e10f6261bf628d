package org.qiaoyun.ui.registry;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.ContactPoint;
import org.qiaoyun.kernel.registry.Visit;
import org.qiaoyun.kernel.registry.VisitInput;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * 直接联系点: the points of the signed-in person's federation. Its admins assign cadres grassroots organisations
 * below and end assignments; a cadre sees their own points, records visits and reads them. A point waiting too
 * long for a visit is flagged.
 */
@Route(value = "contact-points", layout = MainLayout.class)
@Dependent
public class ContactPointsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;

    final Grid<ContactPoint> grid = new Grid<>();
    final Button assign = new Button();
    final Button visit = new Button();
    final Button visits = new Button();
    final Button end = new Button();

    @Inject
    public ContactPointsView(Kernel kernel) {
        this.kernel = kernel;
        setId("contact-points-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller == null) {
            CallerIdentity signedIn = SignedIn.caller(kernel).orElse(null);
            if (signedIn == null) {
                return;
            }
            caller = signedIn;
            words = Words.of(ContactPointsView.class, "org.qiaoyun.ui.registry.registry", UI.getCurrent().getLocale());
            tenant = kernel.tenants().require(caller.homeTenant());
            build();
        }
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    private void build() {
        setSizeFull();
        grid.setId("points-grid");
        grid.addColumn(ContactPoint::cadre).setHeader(words.get("points.cadre"));
        grid.addColumn(ContactPoint::name).setHeader(words.get("points.point")).setFlexGrow(2);
        grid.addColumn(p -> p.assignedOn().toString()).setHeader(words.get("points.assignedOn"));
        grid.addColumn(p -> p.lastVisit() == null ? words.get("points.never") : p.lastVisit().toString()).setHeader(words.get("points.lastVisit"));
        grid.addComponentColumn(p -> {
            boolean overdue = p.overdue(kernel.contactPoints().today(), kernel.contactPoints().visitEveryMonths());
            Span badge = new Span(words.get(overdue ? "points.overdue" : "points.inTime", kernel.contactPoints().visitEveryMonths()));
            badge.getElement().getThemeList().add(overdue ? "badge error" : "badge success");
            return badge;
        }).setHeader(words.get("points.standing"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.contactPoints().of(tenant.code(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.contactPoints().count(tenant.code())));
        grid.setEmptyStateText(words.get("points.none"));
        grid.addSelectionListener(e -> updateActions());

        assign.setText(words.get("points.assign"));
        assign.setId("action-assign-point");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> assignDialog());
        visit.setText(words.get("points.visit"));
        visit.setId("action-record-visit");
        visit.addClickListener(e -> selected().ifPresent(this::visitDialog));
        visits.setText(words.get("points.visits"));
        visits.setId("action-visits");
        visits.addClickListener(e -> selected().ifPresent(this::visitsDialog));
        end.setText(words.get("points.end"));
        end.setId("action-end-point");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> selected().ifPresent(point -> Confirm.destructive(words, words.get("points.end.question", point.name()),
                words.get("points.end.consequence"), words.get("points.end"), () -> {
                    if (Attempt.run(words, () -> kernel.contactPoints().end(tenant.code(), point.id(), point.version()), words.get("homes.saved"))) {
                        refresh();
                    }
                })));
        FlexLayout actions = new FlexLayout(assign, visit, visits, end);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(words.get("points.title")), new Span(words.get("points.rule", kernel.contactPoints().visitEveryMonths())), actions, grid);
        setFlexGrow(1, grid);
    }

    private Optional<ContactPoint> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean admin = caller.canAdminister(tenant);
        assign.setVisible(admin);
        end.setVisible(admin);
        boolean chosen = selected().isPresent();
        visit.setEnabled(chosen);
        visits.setEnabled(chosen);
        end.setEnabled(chosen);
    }

    private void assignDialog() {
        Dialog dialog = dialog("assign-dialog", "points.assign");
        FormErrors errors = new FormErrors(words);
        ComboBox<Account> cadre = errors.required("cadre", new ComboBox<>(words.get("points.cadre")));
        cadre.setId("assign-cadre");
        cadre.setItems(kernel.accounts().of(tenant.code(), 0, 500));
        cadre.setItemLabelGenerator(Account::username);
        ComboBox<Tenant> point = errors.required("pointTenant", new ComboBox<>(words.get("points.point")));
        point.setId("assign-point");
        point.setItems(query -> kernel.tenants().subtree(tenant.path(), query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream().filter(t -> !t.code().equals(tenant.code())));
        point.setItemLabelGenerator(t -> words.english() ? t.names().en() : t.names().zh());
        dialog.add(new FormLayout(cadre, point));
        save(dialog, errors, () -> kernel.contactPoints().assign(tenant.code(), cadre.getValue().username(), point.getValue().code(), null));
    }

    private void visitDialog(ContactPoint point) {
        Dialog dialog = dialog("visit-dialog", "points.visit");
        FormErrors errors = new FormErrors(words);
        DatePicker day = errors.required("day", new DatePicker(words.get("visit.day")));
        day.setId("visit-day");
        day.setValue(kernel.contactPoints().today());
        TextField met = errors.field("met", new TextField(words.get("visit.met")));
        TextArea problems = errors.field("problems", new TextArea(words.get("visit.problems")));
        TextArea help = errors.field("help", new TextArea(words.get("visit.help")));
        DatePicker followUp = errors.field("followUpBy", new DatePicker(words.get("visit.followUpBy")));
        followUp.setId("visit-follow-up");
        dialog.add(new FormLayout(day, met, problems, help, followUp));
        save(dialog, errors, () -> kernel.contactPoints().recordVisit(tenant.code(), point.id(),
                new VisitInput(day.getValue(), met.getValue(), problems.getValue(), help.getValue(), followUp.getValue())));
    }

    private void visitsDialog(ContactPoint point) {
        Dialog dialog = dialog("visits-dialog", "points.visits");
        Grid<Visit> list = new Grid<>();
        list.setId("visits-grid");
        list.addColumn(v -> v.day().toString()).setHeader(words.get("visit.day"));
        list.addColumn(Visit::met).setHeader(words.get("visit.met"));
        list.addColumn(Visit::problems).setHeader(words.get("visit.problems")).setFlexGrow(2);
        list.addColumn(Visit::help).setHeader(words.get("visit.help")).setFlexGrow(2);
        list.addColumn(v -> v.followUpBy() == null ? "" : v.followUpBy().toString()).setHeader(words.get("visit.followUpBy"));
        list.setItems(kernel.contactPoints().visits(tenant.code(), point.id()));
        list.setEmptyStateText(words.get("visit.none"));
        list.setWidth("60em");
        dialog.add(list);
        dialog.open();
    }

    private Dialog dialog(String id, String titleKey) {
        return FormDialog.of(words, id, titleKey);
    }

    private void save(Dialog dialog, FormErrors errors, Runnable action) {
        FormDialog.open(dialog, words, errors, "point-save", action, this::refresh);
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("points.title");
    }
}
