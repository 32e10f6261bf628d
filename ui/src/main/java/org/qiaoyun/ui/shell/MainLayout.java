package org.qiaoyun.ui.shell;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The frame around every screen: a header with the home federation's name and its place in the tree
 * (广东省侨联 › 江门市侨联 › 台山市侨联), the language switch and the user menu; a side menu with the
 * modules enabled in the home federation and, for admins, the administration screens. On a phone the
 * menu folds into a drawer. The menu is rebuilt after every navigation, so a module switched on or
 * off shows at the next click.
 */
@Dependent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final transient Authenticator authenticator;
    private final Span federation = new Span();
    private final Span lineage = new Span();
    private final Div menu = new Div();
    private final MenuBar user = new MenuBar();
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span unread = new Span();

    @Inject
    public MainLayout(Kernel kernel, Authenticator authenticator) {
        this.kernel = kernel;
        this.authenticator = authenticator;
        setPrimarySection(Section.DRAWER);
        federation.setId("shell-federation");
        federation.getStyle().set("font-weight", "600");
        lineage.setId("shell-lineage");
        lineage.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div title = new Div(federation, new Div(lineage));
        title.getStyle().set("overflow", "hidden").set("white-space", "nowrap").set("text-overflow", "ellipsis");

        Button language = new Button(getTranslation("shell.language.other"), e -> switchLanguage());
        language.setId("shell-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.setId("shell-user");
        user.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);

        bell.setId("shell-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> UI.getCurrent().navigate("messages"));
        unread.setId("shell-bell-count");
        unread.getElement().getThemeList().add("badge error primary small pill");
        unread.setVisible(false);
        bell.setSuffixComponent(unread);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, bell, language, user);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-s)");
        addToNavbar(header);

        Span brand = new Span("侨云 Qiaoyun");
        brand.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m)");
        addToDrawer(brand, menu);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SignedIn.caller(kernel).ifPresent(this::refresh);
    }

    /** Rebuilds the header and the menu for the caller: after navigation, and after a module switch. */
    public void refresh(CallerIdentity caller) {
        Tenant home = kernel.tenants().require(caller.homeTenant());
        boolean english = Messages.isEnglish(getLocale());
        federation.setText(english ? home.names().en() : home.names().zh());
        List<Tenant> line = kernel.tenants().lineage(home);
        lineage.setText(line.stream().filter(t -> !t.isRoot() || line.size() == 1)
                .map(t -> english ? t.names().en() : t.names().zh()).collect(Collectors.joining(" › ")));

        refreshBell();
        user.removeAll();
        var account = user.addItem(caller.username() + " ▾");
        account.getSubMenu().addItem(getTranslation("shell.account"), e -> UI.getCurrent().navigate("account"))
                .setId("shell-account");
        account.getSubMenu().addItem(getTranslation("shell.notificationSettings"), e -> UI.getCurrent().navigate("notification-settings"))
                .setId("shell-notification-settings");
        account.getSubMenu().addItem(getTranslation("account.password.title"), e -> new org.qiaoyun.ui.account.OwnPasswordDialog(kernel).open())
                .setId("shell-own-password");
        account.getSubMenu().addItem(getTranslation("shell.signOut"), e -> {
            authenticator.signOut();
            UI.getCurrent().getPage().setLocation("login");
        }).setId("shell-sign-out");

        menu.removeAll();
        SideNav main = new SideNav();
        main.setId("shell-menu");
        main.addItem(new SideNavItem(getTranslation("shell.home"), "", VaadinIcon.HOME.create()));
        if (caller.has(org.qiaoyun.kernel.access.Role.ADMIN) || caller.has(org.qiaoyun.kernel.access.Role.VIEWER)) {
            SideNavItem coverage = new SideNavItem(getTranslation("shell.coverage"), "coverage", VaadinIcon.MAP_MARKER.create());
            coverage.setId("menu-coverage");
            main.addItem(coverage); // the kernel's own work: building grassroots organisations
        }
        for (TenantModule module : kernel.switchboard().modulesOf(home.code())) {
            if (!module.active()) {
                continue;
            }
            InstalledModule installed = kernel.modules().find(module.id()).orElseThrow();
            ModuleDescriptor descriptor = installed.descriptor();
            // only the screens the person's roles use: a volunteer finds no approval limits to be refused at
            List<ModuleView> menuViews = installed.views().stream().filter(ModuleView::inMenu)
                    .filter(view -> view.usableBy(caller.roleNames())).toList();
            for (ModuleView view : menuViews) {
                String label = english ? view.labelEn() : view.labelZh();
                String name = english ? descriptor.nameEn() : descriptor.nameZh();
                SideNavItem item = new SideNavItem(menuViews.size() == 1 ? name : name + " · " + label,
                        ModuleRoutes.locationOf(home.code(), module.id(), view), VaadinIcon.CUBE.create());
                item.setId("menu-" + module.id() + (view.path().isEmpty() ? "" : "-" + view.path().replace('/', '-')));
                main.addItem(item);
            }
        }
        menu.add(main);
        if (caller.isAdmin()) {
            SideNav admin = new SideNav(getTranslation("shell.admin"));
            admin.setId("shell-admin-menu");
            admin.addItem(new SideNavItem(getTranslation("tenants.title"), "admin/tenants", VaadinIcon.SITEMAP.create()));
            admin.addItem(new SideNavItem(getTranslation("modules.title"), "admin/modules", VaadinIcon.PLUG.create()));
            admin.addItem(new SideNavItem(getTranslation("users.title"), "admin/users", VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("audit.title"), "admin/audit", VaadinIcon.LIST.create()));
            admin.addItem(new SideNavItem(getTranslation("outbox.title"), "admin/outbox", VaadinIcon.ENVELOPE.create()));
            admin.addItem(new SideNavItem(getTranslation("rights.title"), "admin/personal-data", VaadinIcon.USER_CHECK.create()));
            admin.addItem(new SideNavItem(getTranslation("retention.title"), "admin/retention", VaadinIcon.CLOCK.create()));
            admin.addItem(new SideNavItem(getTranslation("channels.title"), "admin/channels", VaadinIcon.CONNECT.create()));
            admin.addItem(new SideNavItem(getTranslation("archive.title"), "admin/archive", VaadinIcon.PACKAGE.create()));
            menu.add(admin);
        }
    }

    /** The bell's count of the person's unread messages (none shown at zero), read again now. */
    public void refreshBell() {
        long count = kernel.inbox().unread();
        unread.setText(count > 99 ? "99+" : String.valueOf(count));
        unread.setVisible(count > 0);
        bell.setAriaLabel(getTranslation("shell.bell", count));
        bell.setTooltipText(getTranslation("shell.bell", count));
    }

    private void switchLanguage() {
        SignedIn.chooseLocale(Messages.isEnglish(getLocale()) ? Messages.CHINESE : Messages.ENGLISH);
        UI.getCurrent().getPage().reload();
    }
}
