package org.qiaoyun.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditQuery;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;

/**
 * The audit log of a federation in the admin's subtree, or of it and every federation below it at once, newest
 * first, a page at a time, filtered by user, action and date range, and exported as CSV with the same filters.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@Dependent
public class AuditView extends CallerScreen {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The most rows one export holds; narrow the filters for more. */
    static final int EXPORT_LIMIT = 100_000;

    final ComboBox<Tenant> tenant = new ComboBox<>();
    final TextField user = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox below = new Checkbox();
    final Grid<AuditEntry> grid = new Grid<>();
    /** The names of the federations whose entries are shown, read once each. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    @Inject
    public AuditView(Kernel kernel) {
        super(kernel, "audit-view", "audit.title");
    }

    /** Built on entering, for the caller the access guard let in. */
    @Override
    protected void build(CallerIdentity caller) {
        setSizeFull();
        boolean english = Messages.isEnglish(getLocale());

        tenant.setLabel(getTranslation("users.tenant"));
        tenant.setItemLabelGenerator(t -> (english ? t.names().en() : t.names().zh()) + " (" + t.code() + ")");
        tenant.setItems(query -> kernel.tenants().subtree(caller.homePath(), query.getFilter().orElse(null),
                query.getOffset(), query.getLimit()).stream());
        tenant.setValue(kernel.tenants().require(caller.homeTenant()));
        user.setLabel(getTranslation("audit.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(List.of("login.", "account.", "tenant.", "module."));
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.replace(".", "")));
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));

        below.setLabel(getTranslation("audit.below"));
        below.setId("audit-below");

        grid.setId("audit-grid");
        grid.addColumn(a -> AuditCsv.TIME.format(a.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(a -> name(a.tenantCode(), english)).setHeader(getTranslation("users.tenant")).setKey("tenant")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(a -> kernel.texts().actionName(a.action(), getLocale())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::object).setHeader(getTranslation("audit.object"));
        grid.addColumn(e -> kernel.texts().kept(e.summary(), getLocale())).setHeader(getTranslation("audit.summary")).setFlexGrow(2);
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.audit().search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.audit().count(query())));
        grid.setEmptyStateText(getTranslation("audit.none"));
        tenant.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        below.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Anchor export = new Anchor(csv(), getTranslation("audit.export"));
        export.setId("audit-export");
        FlexLayout filters = new FlexLayout(tenant, below, user, action, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("audit.title")), filters, export, grid);
        setFlexGrow(1, grid);
    }

    /** The filters as they stand; the date range covers whole days in China Standard Time. */
    AuditQuery query() {
        Tenant chosen = tenant.getValue();
        return new AuditQuery(chosen == null ? "" : chosen.code(), user.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(CHINA).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(CHINA).toInstant(),
                Boolean.TRUE.equals(below.getValue()));
    }

    private String name(String code, boolean english) {
        return names.computeIfAbsent(code, c -> kernel.tenants().find(c)
                .map(t -> english ? t.names().en() : t.names().zh()).orElse(c));
    }

    private DownloadHandler csv() {
        java.util.Locale locale = getLocale(); // the export speaks the screen's language: headers and action names
        List<String> headers = List.of(getTranslation("audit.time"), getTranslation("users.tenant"), getTranslation("audit.user"),
                getTranslation("audit.action"), getTranslation("audit.object"), getTranslation("audit.summary"));
        return event -> {
            event.setFileName("audit-" + LocalDate.now(kernel.clock().withZone(CHINA)) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            AuditQuery filters = query();
            AuditCsv.write(kernel.audit().search(filters, 0, EXPORT_LIMIT), event.getOutputStream(), headers,
                    action -> kernel.texts().actionName(action, locale), summary -> kernel.texts().kept(summary, locale));
        };
    }
}
