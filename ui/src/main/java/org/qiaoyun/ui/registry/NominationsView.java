package org.qiaoyun.ui.registry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Nomination;
import org.qiaoyun.kernel.registry.NominationInput;
import org.qiaoyun.kernel.registry.NominationStep;
import org.qiaoyun.kernel.registry.Nominations;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * 推荐评选: recognition that flows up, seen from one's own federation. Its admins nominate for an award decided
 * above, and decide what waits at their level: recommend it up, decline it with a reason, or (the awarding level)
 * award it. Viewers read. A nomination is opened to read its citation and the way it went; every list and opening is
 * audited, because nominations name people.
 */
@Route(value = "nominations", layout = MainLayout.class)
@Dependent
public class NominationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;

    final Grid<Nomination> grid = new Grid<>();
    final ComboBox<Nominations.Box> box = new ComboBox<>();
    final Button nominate = new Button();
    final Button open = new Button();
    final Button recommend = new Button();
    final Button award = new Button();
    final Button decline = new Button();
    private final H2 title = new H2();

    @Inject
    public NominationsView(Kernel kernel) {
        this.kernel = kernel;
        setId("nominations-view");
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
        // nominations are read at home only: a federation reads and decides them as itself
        tenant = kernel.tenants().require(caller.homeTenant());
        title.setText(words.get("nominations.title", words.english() ? tenant.names().en() : tenant.names().zh()));
        refresh();
    }

    private void build() {
        setSizeFull();
        box.setId("nominations-box");
        box.setLabel(words.get("nominations.box"));
        box.setItems(Nominations.Box.values());
        box.setItemLabelGenerator(b -> words.get("nominations.box." + b.name().toLowerCase(java.util.Locale.ROOT)));
        box.setValue(Nominations.Box.ALL);
        box.addValueChangeListener(e -> refresh());

        grid.setId("nominations-grid");
        grid.addColumn(Nomination::nominee).setHeader(words.get("nominations.nominee")).setFlexGrow(2);
        grid.addColumn(n -> words.get("award." + n.award().wireName())).setHeader(words.get("nominations.award")).setFlexGrow(2);
        grid.addColumn(Nomination::year).setHeader(words.get("nominations.year"));
        grid.addColumn(n -> name(n.tenantCode())).setHeader(words.get("nominations.from"));
        grid.addColumn(this::standing).setHeader(words.get("nominations.status")).setFlexGrow(2);
        grid.addColumn(n -> DAY.format(n.nominatedAt())).setHeader(words.get("nominations.nominatedAt"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.nominations().of(tenant.code(), chosenBox(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.nominations().count(tenant.code(), chosenBox())));
        grid.setEmptyStateText(words.get("nominations.none"));
        grid.addSelectionListener(e -> updateActions());
        grid.addItemDoubleClickListener(e -> details(e.getItem()));

        button(nominate, "action-nominate", "nominations.nominate", e -> nominateDialog());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(open, "action-open-nomination", "nominations.open", e -> selected().ifPresent(this::details));
        button(recommend, "action-recommend", "nominations.recommend", e -> selected().ifPresent(this::confirmRecommend));
        button(award, "action-award-nomination", "nominations.award.action", e -> selected().ifPresent(this::confirmAward));
        button(decline, "action-decline-nomination", "nominations.decline", e -> selected().ifPresent(this::declineDialog));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout actions = new FlexLayout(nominate, open, recommend, award, decline);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(title, new Paragraph(words.get("nominations.about")), box, actions, grid);
        setFlexGrow(1, grid);
    }

    private Nominations.Box chosenBox() {
        return box.getValue() == null ? Nominations.Box.ALL : box.getValue();
    }

    private static void button(Button button, String id, String key,
                               com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        button.setId(id);
        button.addClickListener(listener);
        button.getElement().setProperty("key", key);
    }

    private String name(String code) {
        return kernel.tenants().find(code).map(t -> words.english() ? t.names().en() : t.names().zh()).orElse(code);
    }

    /** Waiting at a level (here, or which), or how it ended. */
    private String standing(Nomination n) {
        if (n.status() != Nomination.Status.PENDING) {
            return words.get("nominations.status." + n.status().wireName());
        }
        return n.atTenant().equals(tenant.code()) ? words.get("nominations.waitingHere") : words.get("nominations.waitingAt", name(n.atTenant()));
    }

    private Optional<Nomination> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        for (Button b : List.of(nominate, open, recommend, award, decline)) {
            b.setText(words.get(b.getElement().getProperty("key")));
        }
        boolean keeper = tenant.status() == TenantStatus.ACTIVE && caller.canAdminister(tenant) && !tenant.isRoot();
        Optional<Nomination> chosen = selected();
        boolean here = chosen.map(n -> n.waitsAt(tenant.code())).orElse(false);
        boolean awarding = here && chosen.get().atAwardingLevel();
        boolean admin = tenant.status() == TenantStatus.ACTIVE && caller.canAdminister(tenant);
        nominate.setVisible(keeper);
        open.setEnabled(chosen.isPresent());
        recommend.setVisible(admin && here && !awarding);
        award.setVisible(admin && awarding);
        decline.setVisible(admin && here);
    }

    private void nominateDialog() {
        Dialog dialog = FormDialog.of(words, "nomination-dialog", "nominations.nominate");
        FormErrors errors = new FormErrors(words);
        ComboBox<Nomination.Award> kind = errors.required("award", new ComboBox<>(words.get("nominations.award")));
        kind.setId("nomination-award");
        kind.setItems(Nomination.Award.values());
        kind.setItemLabelGenerator(a -> words.get("award." + a.wireName()));
        IntegerField year = errors.required("year", new IntegerField(words.get("nominations.year")));
        year.setId("nomination-year");
        year.setValue(kernel.profiles().today().getYear());
        TextField nominee = errors.required("nominee", new TextField(words.get("nominations.nominee")));
        nominee.setId("nomination-nominee");
        nominee.setMaxLength(100);
        TextArea citation = errors.required("citation", new TextArea(words.get("nominations.citation")));
        citation.setId("nomination-citation");
        citation.setMaxLength(2000);
        ComboBox<Tenant> awarding = errors.required("awardingTenant", new ComboBox<>(words.get("nominations.awarding")));
        awarding.setId("nomination-awarding");
        awarding.setItems(tenant.ancestorCodes().stream().map(kernel.tenants()::find).flatMap(Optional::stream).toList());
        awarding.setItemLabelGenerator(t -> words.english() ? t.names().en() : t.names().zh());
        FormLayout form = new FormLayout(kind, year, nominee, awarding, citation);
        form.setColspan(citation, 2);
        dialog.add(form);
        FormDialog.open(dialog, words, errors, "nomination-save", () -> kernel.nominations().nominate(tenant.code(),
                new NominationInput(kind.getValue(), year.getValue(), nominee.getValue(), citation.getValue(),
                        awarding.getValue() == null ? null : awarding.getValue().code())), this::refresh);
    }

    /** The citation and the way it went (opening it is audited). */
    private void details(Nomination chosen) {
        Nominations.Record[] record = new Nominations.Record[1];
        if (!Attempt.run(words, () -> record[0] = kernel.nominations().get(tenant.code(), chosen.id()))) {
            return;
        }
        Nomination n = record[0].nomination();
        Dialog dialog = new Dialog();
        dialog.setId("nomination-details");
        dialog.setHeaderTitle(words.get("nominations.details", n.nominee(), words.get("award." + n.award().wireName()), n.year()));
        Paragraph citation = new Paragraph(n.citation());
        citation.setId("nomination-citation-text");
        OrderedList steps = new OrderedList();
        steps.setId("nomination-steps");
        for (NominationStep step : record[0].steps()) {
            String line = words.get("nominations.step", DAY.format(step.decidedAt()), name(step.tenantCode()),
                    words.get("nominations.decision." + step.decision().wireName()));
            steps.add(new ListItem(step.reason() == null ? line : line + words.get("nominations.reason", step.reason())));
        }
        dialog.add(citation, steps);
        dialog.getFooter().add(new Button(words.get("nominations.close"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmRecommend(Nomination n) {
        Confirm.ask(words, words.get("nominations.recommend.question", n.nominee(), name(tenant.parentCode())),
                words.get("nominations.final"), words.get("nominations.recommend"), () -> {
                    if (Attempt.run(words, () -> kernel.nominations().recommend(tenant.code(), n.id(), n.version(), null),
                            words.get("nominations.done"))) {
                        refresh();
                    }
                });
    }

    private void confirmAward(Nomination n) {
        Confirm.ask(words, words.get("nominations.award.question", n.nominee(), words.get("award." + n.award().wireName()), n.year()),
                words.get("nominations.final"), words.get("nominations.award.action"), () -> {
                    if (Attempt.run(words, () -> kernel.nominations().award(tenant.code(), n.id(), n.version(), null),
                            words.get("nominations.done"))) {
                        refresh();
                    }
                });
    }

    private void declineDialog(Nomination n) {
        new ReasonDialog(words, new ReasonDialog.Wording("nomination-decline", words.get("nominations.decline.question", n.nominee()),
                words.get("nominations.final"), words.get("nominations.reasonLabel"), words.get("nominations.keep"),
                words.get("nominations.decline"), words.get("nominations.done")),
                reason -> kernel.nominations().decline(tenant.code(), n.id(), n.version(), reason), this::refresh).open();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("nominations.titleShort");
    }
}
