package org.qiaoyun.ui.user;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * The users of a federation in the admin's subtree (their own by default): create, change roles,
 * disable or enable (after a confirmation), reset a password. Opened with {@code ?tenant=code} from
 * the tenant tree.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@Dependent
public class UsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    final ComboBox<Tenant> tenant = new ComboBox<>();
    final Grid<Account> grid = new Grid<>();
    final Button create = new Button();
    final Button roles = new Button();
    final Button toggle = new Button();
    final Button reset = new Button();
    final Button secondFactor = new Button();

    @Inject
    public UsersView(Kernel kernel) {
        this.kernel = kernel;
        setId("users-view");
    }

    private void build(CallerIdentity signedIn) {
        this.caller = signedIn;
        setSizeFull();
        boolean english = Messages.isEnglish(getLocale());

        tenant.setId("users-tenant");
        tenant.setLabel(getTranslation("users.tenant"));
        tenant.setItemLabelGenerator(t -> (english ? t.names().en() : t.names().zh()) + " (" + t.code() + ")");
        tenant.setItems(query -> kernel.tenants().subtree(caller.homePath(), query.getFilter().orElse(null),
                query.getOffset(), query.getLimit()).stream());
        tenant.setWidth("24em");
        tenant.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            updateActions();
        });

        grid.setId("users-grid");
        grid.addColumn(Account::username).setHeader(getTranslation("users.username")).setSortable(false);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.wireName())).sorted().toList().toString()
                .replace("[", "").replace("]", "")).setHeader(getTranslation("users.roles"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled")).setHeader(getTranslation("users.state"));
        grid.addColumn(a -> a.isLocked(kernel.clock().instant()) ? getTranslation("users.locked") : "")
                .setHeader(getTranslation("users.lockout"));
        grid.addColumn(a -> a.hasSecondFactor() ? getTranslation("users.secondFactor.on") : "")
                .setHeader(getTranslation("account.secondFactor"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> selectedTenant().map(t -> kernel.accounts().of(t.code(), query.getOffset(), query.getLimit()).stream())
                        .orElseGet(java.util.stream.Stream::empty),
                query -> selectedTenant().map(t -> (int) kernel.accounts().count(t.code())).orElse(0)));
        grid.setEmptyStateText(getTranslation("users.none"));
        grid.addSelectionListener(e -> updateActions());

        create.setText(getTranslation("users.create"));
        create.setId("action-create-user");
        create.addClickListener(e -> selectedTenant().ifPresent(t -> new UserDialog(kernel, t, null, this::saved).open()));
        roles.setText(getTranslation("users.changeRoles"));
        roles.setId("action-roles");
        roles.addClickListener(e -> selectedUser().ifPresent(a -> new UserDialog(kernel, selectedTenant().orElseThrow(), a, this::saved).open()));
        reset.setText(getTranslation("users.resetPassword"));
        reset.setId("action-reset");
        reset.addClickListener(e -> selectedUser().ifPresent(a -> new PasswordDialog(kernel, a, this::saved).open()));
        toggle.setId("action-toggle");
        toggle.addClickListener(e -> selectedUser().ifPresent(this::confirmToggle));
        secondFactor.setText(getTranslation("users.secondFactor.remove"));
        secondFactor.setId("action-second-factor");
        secondFactor.addClickListener(e -> selectedUser().ifPresent(this::confirmRemoveSecondFactor));

        FlexLayout actions = new FlexLayout(create, roles, toggle, reset, secondFactor);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("users.title")), tenant, actions, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller == null) {
            CallerIdentity signedIn = SignedIn.caller(kernel).orElse(null);
            if (signedIn == null) {
                return; // the access guard sends the user to sign in
            }
            build(signedIn);
        }
        String code = event.getLocation().getQueryParameters().getSingleParameter("tenant").orElse(caller.homeTenant());
        Tenant chosen = kernel.tenants().find(code).filter(caller::canAdminister)
                .orElseGet(() -> kernel.tenants().require(caller.homeTenant()));
        tenant.setValue(chosen);
        updateActions();
    }

    private Optional<Tenant> selectedTenant() {
        return Optional.ofNullable(tenant.getValue());
    }

    private Optional<Account> selectedUser() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean writable = selectedTenant().map(t -> t.status() == org.qiaoyun.kernel.tenant.TenantStatus.ACTIVE).orElse(false);
        Optional<Account> user = selectedUser();
        create.setEnabled(writable);
        roles.setEnabled(writable && user.isPresent());
        reset.setEnabled(writable && user.isPresent());
        toggle.setEnabled(writable && user.isPresent() && !user.get().username().equals(caller.username()));
        toggle.setText(getTranslation(user.map(Account::enabled).orElse(true) ? "users.disable" : "users.enable"));
        secondFactor.setEnabled(writable && user.map(Account::hasSecondFactor).orElse(false));
    }

    /** A user who lost their phone: the second factor is removed, to be enrolled again at the next sign-in. */
    private void confirmRemoveSecondFactor(Account account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-second-factor");
        confirm.setHeader(getTranslation("users.secondFactor.remove"));
        confirm.setText(getTranslation("users.secondFactor.remove.text", account.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.secondFactor.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            kernel.secondFactors().remove(account.username());
            saved(kernel.accounts().find(account.username()).orElseThrow());
        });
        confirm.open();
    }

    private void confirmToggle(Account account) {
        boolean disabling = account.enabled();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-toggle");
        confirm.setHeader(getTranslation(disabling ? "users.confirmDisable" : "users.confirmEnable", account.username()));
        confirm.setText(getTranslation(disabling ? "users.confirmDisable.text" : "users.confirmEnable.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(disabling ? "users.disable" : "users.enable"));
        confirm.addConfirmListener(e -> saved(kernel.accounts().setEnabled(account.username(), !disabling)));
        confirm.open();
    }

    private void saved(Account account) {
        Notification.show(getTranslation("users.saved", account.username())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }

    /** The roles offered in forms, in a stable order. */
    static java.util.List<Role> roleChoices() {
        return java.util.List.of(Role.values());
    }
}
