package org.qiaoyun.ui.tenant;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * The federations an admin looks after: their home federation and everything below it, as a tree
 * that loads each level when it is opened, with search by name or code. From here an admin provisions
 * a federation below the selected one, renames it, suspends, reactivates or archives it (each after a
 * confirmation), sets which modules its descendants may use, and goes to its users.
 */
@Route(value = "admin/tenants", layout = MainLayout.class)
@Dependent
public class TenantTreeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    final TextField search = new TextField();
    final TreeGrid<Tenant> tree = new TreeGrid<>();
    final Button provision = new Button();
    final Button rename = new Button();
    final Button suspend = new Button();
    final Button reactivate = new Button();
    final Button archive = new Button();
    final Button policy = new Button();
    final Button users = new Button();
    private TenantTree data;

    @Inject
    public TenantTreeView(Kernel kernel) {
        this.kernel = kernel;
        setId("tenant-tree-view");
    }

    /** Built on entering, for the caller the access guard let in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller == null) {
            SignedIn.caller(kernel).ifPresent(this::build);
        }
    }

    private void build(CallerIdentity signedIn) {
        this.caller = signedIn;
        setSizeFull();
        boolean english = Messages.isEnglish(getLocale());

        search.setId("tenant-search");
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        data = new TenantTree(kernel, caller);
        search.addValueChangeListener(e -> {
            data.search = e.getValue();
            data.refreshAll();
        });

        tree.setId("tenant-tree");
        tree.addHierarchyColumn(t -> english ? t.names().en() : t.names().zh()).setHeader(getTranslation("tenants.name"))
                .setFlexGrow(3);
        tree.addColumn(Tenant::code).setHeader(getTranslation("tenants.code")).setFlexGrow(2);
        tree.addColumn(t -> getTranslation("level." + t.level().wireName())).setHeader(getTranslation("tenants.level"));
        tree.addColumn(t -> getTranslation("status." + t.status().wireName())).setHeader(getTranslation("tenants.status"));
        tree.setDataProvider(data);
        tree.expand(kernel.tenants().require(caller.homeTenant()));
        tree.addSelectionListener(e -> updateActions());

        provision.setText(getTranslation("tenants.provision"));
        provision.setId("action-provision");
        provision.addClickListener(e -> selected().ifPresent(parent -> new ProvisionDialog(kernel, parent, child -> {
            Notification.show(getTranslation("tenants.provisioned", child.names().zh())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            data.refreshAll();
        }).open()));
        rename.setText(getTranslation("tenants.rename"));
        rename.setId("action-rename");
        rename.addClickListener(e -> selected().ifPresent(t -> new RenameDialog(kernel, t, this::changed).open()));
        suspend.setText(getTranslation("tenants.suspend"));
        suspend.setId("action-suspend");
        suspend.addClickListener(e -> selected().ifPresent(t -> confirmStatus(t, TenantStatus.SUSPENDED)));
        reactivate.setText(getTranslation("tenants.reactivate"));
        reactivate.setId("action-reactivate");
        reactivate.addClickListener(e -> selected().ifPresent(t -> confirmStatus(t, TenantStatus.ACTIVE)));
        archive.setText(getTranslation("tenants.archive"));
        archive.setId("action-archive");
        archive.addClickListener(e -> selected().ifPresent(t -> confirmStatus(t, TenantStatus.ARCHIVED)));
        policy.setText(getTranslation("tenants.policy"));
        policy.setId("action-policy");
        policy.addClickListener(e -> selected().ifPresent(t -> new PolicyDialog(kernel, t, this::changed).open()));
        users.setText(getTranslation("users.title"));
        users.setId("action-users");
        users.addClickListener(e -> selected().ifPresent(t ->
                getUI().ifPresent(ui -> ui.navigate("admin/users", com.vaadin.flow.router.QueryParameters.of("tenant", t.code())))));

        FlexLayout actions = new FlexLayout(provision, rename, suspend, reactivate, archive, policy, users);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("tenants.title")), search, actions, tree);
        setFlexGrow(1, tree);
        updateActions();
    }

    private java.util.Optional<Tenant> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        java.util.Optional<Tenant> tenant = selected();
        boolean writable = tenant.map(t -> t.status() == TenantStatus.ACTIVE).orElse(false);
        boolean statusChangeable = tenant.map(caller::canChangeStatusOf).orElse(false);
        TenantStatus status = tenant.map(Tenant::status).orElse(null);
        provision.setEnabled(writable);
        rename.setEnabled(writable);
        policy.setEnabled(writable);
        users.setEnabled(tenant.isPresent());
        suspend.setEnabled(statusChangeable && status == TenantStatus.ACTIVE);
        reactivate.setEnabled(statusChangeable && status == TenantStatus.SUSPENDED);
        archive.setEnabled(statusChangeable && status != TenantStatus.ARCHIVED);
    }

    private void confirmStatus(Tenant tenant, TenantStatus next) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-status");
        confirm.setHeader(getTranslation("tenants.confirm." + next.wireName() + ".title", tenant.names().zh()));
        confirm.setText(getTranslation("tenants.confirm." + next.wireName() + ".text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tenants.confirm." + next.wireName() + ".ok"));
        if (next != TenantStatus.ACTIVE) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            try {
                changed(kernel.provisioning().update(tenant.code(), null, next, tenant.version()));
            } catch (OptimisticLockException stale) {
                Notification.show(getTranslation("error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                data.refreshAll();
            } catch (TenantRuleViolation refused) {
                Notification.show(kernel.texts().render(refused, getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.open();
    }

    private void changed(Tenant tenant) {
        data.refreshAll();
        tree.select(tenant);
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }

    /**
     * The tree, fetched a level at a time. With a search term it becomes a flat list of the matching
     * federations in the admin's subtree.
     */
    static final class TenantTree extends AbstractBackEndHierarchicalDataProvider<Tenant, Void> {

        private static final long serialVersionUID = 1L;

        private final transient Kernel kernel;
        private final transient CallerIdentity caller;
        String search;

        TenantTree(Kernel kernel, CallerIdentity caller) {
            this.kernel = kernel;
            this.caller = caller;
        }

        private boolean searching() {
            return search != null && !search.isBlank();
        }

        @Override
        protected Stream<Tenant> fetchChildrenFromBackEnd(HierarchicalQuery<Tenant, Void> query) {
            if (query.getParent() != null) {
                return kernel.tenants().list(query.getParent().code(), query.getOffset(), query.getLimit()).stream();
            }
            if (searching()) {
                return kernel.tenants().subtree(caller.homePath(), search, query.getOffset(), query.getLimit()).stream();
            }
            return query.getOffset() == 0 ? Stream.of(kernel.tenants().require(caller.homeTenant())) : Stream.empty();
        }

        @Override
        public int getChildCount(HierarchicalQuery<Tenant, Void> query) {
            if (query.getParent() != null) {
                return (int) kernel.tenants().count(query.getParent().code());
            }
            return searching() ? (int) kernel.tenants().countSubtree(caller.homePath(), search) : 1;
        }

        @Override
        public boolean hasChildren(Tenant item) {
            return !searching() && kernel.tenants().count(item.code()) > 0;
        }

        @Override
        public Object getId(Tenant item) {
            return item.code();
        }
    }
}
