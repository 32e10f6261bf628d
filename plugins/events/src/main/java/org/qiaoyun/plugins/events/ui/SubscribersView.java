package org.qiaoyun.plugins.events.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.newsletter.SubscriberSheet;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;

/**
 * The newsletter's readers, for organisers and admins: searched by name or address and standing, a page at a time
 * from the database (each page read is audited: the addresses are personal data); add a reader, import a sheet
 * (every row answered in a report), record a bounce with what the mail server said, correct a reader's details.
 */
public class SubscribersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final Grid<Subscriber> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Subscriber.Standing> standing = new Select<>();
    final Button add;
    final Upload upload;
    final Span refusal = new Span();
    final EmptyState empty;
    Grid<Subscribers.RowReport> report;
    private final transient Subscribers subscribers;
    private final Words t;

    public SubscribersView(TenantScope tenant) {
        this.subscribers = new Subscribers(tenant);
        this.t = EventWords.of(Words.screenLanguage());
        setId("newsletter-subscribers-list");
        add(new H2(t.get("subscribers.title")));
        search.setPlaceholder(t.get("subscribers.search"));
        search.setId("subscribers-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        standing.setItems(Subscriber.Standing.values());
        standing.setEmptySelectionAllowed(true);
        standing.setEmptySelectionCaption(t.get("subscribers.any-standing"));
        standing.setItemLabelGenerator(s -> s == null ? t.get("subscribers.any-standing") : t.of(Text.of("events.subscriber.standing." + s.name())));
        standing.addValueChangeListener(e -> refresh());
        add = new Button(t.get("subscribers.add"), e -> new SubscriberForm(t, null, details -> {
            subscribers.add(details);
            Attempt.told(t.get("form.saved"));
            refresh();
        }).open());
        add.setId("subscribers-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importSheet(bytes)));
        upload.setId("subscribers-import");
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setUploadButton(new Button(t.get("subscribers.import")));
        upload.setDropLabel(new Span(t.get("subscribers.import-help")));
        refusal.setId("subscribers-import-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout bar = new HorizontalLayout(search, standing, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("subscribers-grid");
        grid.addColumn(Subscriber::name).setHeader(t.get("subscribers.name")).setAutoWidth(true);
        grid.addColumn(Subscriber::email).setHeader(t.get("subscribers.email")).setFlexGrow(2);
        grid.addColumn(s -> language(t, s.language())).setHeader(t.get("subscribers.language")).setAutoWidth(true);
        grid.addColumn(s -> t.of(Text.of("events.subscriber.kind." + s.kind().name()))).setHeader(t.get("subscribers.kind")).setAutoWidth(true);
        grid.addColumn(s -> s.country() == null ? "" : s.country()).setHeader(t.get("subscribers.country")).setAutoWidth(true);
        grid.addColumn(s -> t.of(Text.of("events.subscriber.standing." + s.standing().name())) + (s.bounceNote() == null ? "" : " · " + s.bounceNote()))
                .setHeader(t.get("subscribers.standing")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> subscribers.rows(search(), query.getOffset(), query.getLimit()).stream());
        empty = new EmptyState(t.get("subscribers.empty"), t.get("subscribers.empty-first"));
        add(bar, upload, refusal, grid, empty);
        subscribers.markBounced(); // what the mail channel met since is on the list as it opens
        refresh();
    }

    /** Where the readers' screen is. */
    public static String route(TenantScope tenant) {
        return "t/" + tenant.tenantCode() + "/events/newsletter/subscribers";
    }

    /** The name of a reader's language on the screen. */
    static String language(Words t, String code) {
        return "en".equals(code) ? t.get("subscribers.language-en") : t.get("subscribers.language-zh");
    }

    private Subscribers.Search search() {
        return new Subscribers.Search(search.getValue(), standing.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = subscribers.count(search()) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    /** Imports a sheet and shows what became of every row. */
    void importSheet(byte[] sheet) {
        refusal.setText("");
        List<Subscribers.RowReport> rows;
        try {
            rows = subscribers.importRows(SubscriberSheet.read(sheet));
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            refusal.setText(t.of(e));
            return;
        }
        long added = rows.stream().filter(r -> r.outcome() == Subscribers.Outcome.ADDED).count();
        report = new Grid<>();
        report.setId("subscribers-import-report");
        report.addColumn(Subscribers.RowReport::row).setHeader(t.get("subscribers.row")).setAutoWidth(true);
        report.addColumn(r -> r.email() == null ? "" : r.email()).setHeader(t.get("subscribers.email")).setAutoWidth(true);
        report.addColumn(r -> t.of(Text.of("events.subscriber.outcome." + r.outcome().name()))
                + (r.problem() == null ? "" : "：" + t.of(r.problem()))).setHeader(t.get("subscribers.outcome")).setFlexGrow(2);
        report.setItems(rows);
        Dialog dialog = new Dialog(new Paragraph(t.get("subscribers.imported", added, rows.size())), report);
        dialog.setId("subscribers-import-dialog");
        dialog.setHeaderTitle(t.get("subscribers.import"));
        dialog.setWidth("48em");
        dialog.getFooter().add(new Button(t.get("subscribers.close"), e -> dialog.close()));
        dialog.open();
        refresh();
    }

    private HorizontalLayout rowActions(Subscriber s) {
        HorizontalLayout row = new HorizontalLayout();
        if (s.standing() == Subscriber.Standing.SUBSCRIBED) {
            Button bounce = new Button(t.get("subscribers.bounce"), e -> new ReasonDialog(t, new ReasonDialog.Wording("subscribers-bounce",
                    t.get("subscribers.bounce"), t.get("subscribers.bounce-consequence"), t.get("subscribers.bounce-note"), t.get("form.keep"),
                    t.get("subscribers.bounce"), t.get("subscribers.bounced")), note -> subscribers.bounced(s.id(), note), this::refresh).open());
            bounce.setId("subscribers-bounce-" + s.email());
            row.add(bounce);
        }
        if (s.standing() != Subscriber.Standing.UNSUBSCRIBED) {
            Button change = new Button(t.get("subscribers.change"), e -> new SubscriberForm(t, s, details -> {
                subscribers.resume(s.id(), s.version(), details);
                Attempt.told(t.get("form.saved"));
                refresh();
            }).open());
            change.setId("subscribers-change-" + s.email());
            row.add(change);
        }
        return row;
    }
}
