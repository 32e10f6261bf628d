package org.qiaoyun.ui.notify;

import java.util.Arrays;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Route;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * What a federation's platform sends by email, for its admins: waiting, sent, and failed too often (dead letters),
 * which an admin sends again once the cause is mended (a mail server, a wrong address). What is told in the app
 * is the reader's own and is not listed here.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@Dependent
public class OutboxView extends CallerScreen {

    private static final long serialVersionUID = 1L;

    final ComboBox<Tenant> tenant = new ComboBox<>();
    final ComboBox<Message.Status> status = new ComboBox<>();
    final Grid<Message> grid = new Grid<>();

    @Inject
    public OutboxView(Kernel kernel) {
        super(kernel, "outbox-view", "outbox.title");
    }

    @Override
    protected void build(CallerIdentity caller) {
        setSizeFull();
        boolean english = Messages.isEnglish(getLocale());
        tenant.setLabel(getTranslation("users.tenant"));
        tenant.setItemLabelGenerator(t -> (english ? t.names().en() : t.names().zh()) + " (" + t.code() + ")");
        tenant.setItems(query -> kernel.tenants().subtree(caller.homePath(), query.getFilter().orElse(null),
                query.getOffset(), query.getLimit()).stream());
        tenant.setValue(kernel.tenants().require(caller.homeTenant()));
        status.setId("outbox-status");
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(Arrays.asList(Message.Status.values()));
        status.setItemLabelGenerator(s -> getTranslation("outbox.status." + s.name().toLowerCase(java.util.Locale.ROOT)));
        status.setClearButtonVisible(true);
        status.setValue(Message.Status.DEAD);

        grid.setId("outbox-grid");
        grid.addColumn(m -> Formats.time(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(m -> kernel.texts().render(Text.of(m.kind()), getLocale())).setHeader(getTranslation("outbox.kind")).setAutoWidth(true);
        grid.addColumn(Message::address).setHeader(getTranslation("outbox.address")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("outbox.status")).setAutoWidth(true);
        grid.addColumn(Message::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        // the server's own words (SMTP replies) are not translated; they are what an admin passes on to the mail provider
        grid.addColumn(Message::lastError).setHeader(getTranslation("outbox.lastError")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            if (m.status() != Message.Status.DEAD) {
                return new Paragraph();
            }
            Button retry = new Button(getTranslation("outbox.retry"), e -> {
                kernel.outbox().retry(m.id());
                com.vaadin.flow.component.notification.Notification.show(getTranslation("outbox.retried"));
                grid.getDataProvider().refreshAll();
            });
            retry.setId("outbox-retry-" + m.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setKey("retry").setAutoWidth(true);
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.outbox().of(code(), status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.outbox().count(code(), status.getValue())));
        grid.setEmptyStateText(getTranslation("outbox.none"));
        tenant.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        FlexLayout filters = new FlexLayout(tenant, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.explain")), filters, grid);
        setFlexGrow(1, grid);
    }

    private String code() {
        Tenant chosen = tenant.getValue();
        return chosen == null ? caller().homeTenant() : chosen.code();
    }

    private CallerIdentity caller() {
        return SignedIn.caller(kernel).orElseThrow();
    }
}
