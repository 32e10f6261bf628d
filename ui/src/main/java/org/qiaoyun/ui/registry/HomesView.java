package org.qiaoyun.ui.registry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import org.qiaoyun.kernel.registry.Have;
import org.qiaoyun.kernel.registry.Home;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * 侨胞之家: a federation's Homes of Overseas Chinese with their five haves. The federation's admins register a home
 * and its own assessment with evidence and apply for a model-unit title; admins above assess it and decide the
 * application made to them. Viewers read.
 */
@Route(value = "homes", layout = MainLayout.class)
@Dependent
public class HomesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;

    final Grid<Home> grid = new Grid<>();
    final Button register = new Button();
    final Button selfAssess = new Button();
    final Button assess = new Button();
    final Button apply = new Button();
    final Button award = new Button();
    final Button decline = new Button();
    final Button evidenceFiles = new Button();
    private final H2 title = new H2();

    @Inject
    public HomesView(Kernel kernel) {
        this.kernel = kernel;
        setId("homes-view");
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
        title.setText(words.get("homes.title", entered.name(tenant)));
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    private void build() {
        setSizeFull();
        grid.setId("homes-grid");
        grid.addColumn(Home::name).setHeader(words.get("homes.name")).setFlexGrow(2);
        grid.addColumn(h -> words.get("hosting." + h.hosting().wireName())).setHeader(words.get("homes.hosting"));
        grid.addColumn(h -> h.selfScore() + " / 5").setHeader(words.get("homes.selfScore"));
        grid.addColumn(h -> h.assessedScore() == null ? words.get("homes.notAssessed") : h.assessedScore() + " / 5")
                .setHeader(words.get("homes.assessedScore"));
        grid.addColumn(h -> h.modelStatus() == null ? "" : words.get("model." + h.modelStatus().wireName(), h.modelYear()))
                .setHeader(words.get("homes.model"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.homes().of(tenant.code(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.homes().count(tenant.code())));
        grid.setEmptyStateText(words.get("homes.none"));
        grid.addSelectionListener(e -> updateActions());

        button(register, "action-register-home", "homes.register", e -> homeDialog());
        button(selfAssess, "action-self-assess", "homes.selfAssess", e -> selected().ifPresent(this::selfAssessDialog));
        button(assess, "action-assess", "homes.assess", e -> selected().ifPresent(this::assessDialog));
        button(apply, "action-apply-model", "homes.apply", e -> selected().ifPresent(this::applyDialog));
        button(award, "action-award", "homes.award", e -> selected().ifPresent(h -> decide(h, true)));
        button(decline, "action-decline", "homes.decline", e -> selected().ifPresent(h -> decide(h, false)));
        button(evidenceFiles, "action-evidence-files", "homes.evidenceFiles", e -> selected().ifPresent(this::evidenceDialog));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(register, selfAssess, evidenceFiles, apply, assess, award, decline);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(title, actions, grid);
        setFlexGrow(1, grid);
    }

    private static void button(Button button, String id, String key, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        button.setId(id);
        button.addClickListener(listener);
        button.getElement().setProperty("key", key);
    }

    private Optional<Home> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        for (Button b : List.of(register, selfAssess, evidenceFiles, assess, apply, award, decline)) {
            b.setText(words.get(b.getElement().getProperty("key")));
        }
        boolean active = tenant.status() == TenantStatus.ACTIVE;
        boolean keeper = active && caller.canAdminister(tenant);
        boolean above = keeper && !caller.homeTenant().equals(tenant.code());
        Optional<Home> home = selected();
        register.setVisible(keeper);
        selfAssess.setVisible(keeper);
        apply.setVisible(keeper);
        assess.setVisible(above);
        boolean decides = above && home.map(h -> h.modelStatus() == Home.ModelStatus.APPLIED
                && caller.homeTenant().equals(h.modelLevel())).orElse(false);
        award.setVisible(decides);
        decline.setVisible(decides);
        selfAssess.setEnabled(home.isPresent());
        evidenceFiles.setEnabled(home.isPresent());
        apply.setEnabled(home.isPresent() && home.get().modelStatus() != Home.ModelStatus.APPLIED);
        assess.setEnabled(home.isPresent());
    }

    private void homeDialog() {
        Dialog dialog = dialog("home-dialog", "homes.register");
        FormErrors errors = new FormErrors(words);
        TextField name = errors.required("name", new TextField(words.get("homes.name")));
        name.setId("home-name");
        TextField place = errors.field("place", new TextField(words.get("homes.place")));
        ComboBox<Home.Hosting> hosting = errors.field("hosting", new ComboBox<>(words.get("homes.hosting")));
        hosting.setItems(Home.Hosting.values());
        hosting.setItemLabelGenerator(h -> words.get("hosting." + h.wireName()));
        hosting.setValue(Home.Hosting.STANDALONE);
        dialog.add(new FormLayout(name, place, hosting));
        save(dialog, errors, () -> kernel.homes().register(tenant.code(), name.getValue(), place.getValue(), hosting.getValue()));
    }

    private void selfAssessDialog(Home home) {
        Dialog dialog = dialog("self-assessment-dialog", "homes.selfAssess");
        FormErrors errors = new FormErrors(words);
        Map<Have, Checkbox> claimed = new EnumMap<>(Have.class);
        Map<Have, TextArea> evidence = new EnumMap<>(Have.class);
        FormLayout form = new FormLayout();
        for (Have have : Have.values()) {
            Checkbox box = new Checkbox(words.get("have." + have.wireName()));
            box.setId("have-" + have.wireName());
            TextArea said = errors.field("evidence." + have.wireName(), new TextArea(words.get("homes.evidence")));
            said.setId("evidence-" + have.wireName());
            said.setMaxLength(500);
            String kept = home.evidence().get(have);
            box.setValue(kept != null);
            said.setValue(kept == null ? "" : kept);
            said.setEnabled(kept != null);
            box.addValueChangeListener(e -> said.setEnabled(e.getValue()));
            claimed.put(have, box);
            evidence.put(have, said);
            form.add(box, said);
        }
        dialog.add(form);
        save(dialog, errors, () -> {
            Map<Have, String> claims = new EnumMap<>(Have.class);
            claimed.forEach((have, box) -> {
                if (box.getValue()) {
                    claims.put(have, evidence.get(have).getValue());
                }
            });
            kernel.homes().assessItself(tenant.code(), home.id(), home.version(), claims);
        });
    }

    /** The photos and documents kept as evidence of each have: read by all who read the home, changed by its keepers. */
    private void evidenceDialog(Home home) {
        Dialog dialog = new Dialog();
        dialog.setId("evidence-dialog");
        dialog.setHeaderTitle(words.get("homes.evidenceFiles.title", home.name()));
        boolean keeper = tenant.status() == TenantStatus.ACTIVE && caller.canAdminister(tenant);
        org.qiaoyun.api.files.Attachments files = kernel.homeEvidence(tenant.code());
        VerticalLayout haves = new VerticalLayout();
        haves.setPadding(false);
        for (Have have : Have.values()) {
            org.qiaoyun.screens.AttachmentsPanel panel = new org.qiaoyun.screens.AttachmentsPanel(words, files,
                    org.qiaoyun.kernel.registry.Homes.evidenceRecord(home.id(), have), () -> keeper);
            panel.setId("evidence-" + have.wireName() + "-files");
            haves.add(new com.vaadin.flow.component.html.H4(words.get("have." + have.wireName())), panel);
        }
        dialog.add(haves);
        dialog.getFooter().add(new Button(words.get("nominations.close"), e -> dialog.close()));
        dialog.setWidth("min(48em, 95vw)");
        dialog.open();
    }

    private void assessDialog(Home home) {
        Dialog dialog = dialog("assessment-dialog", "homes.assess");
        FormErrors errors = new FormErrors(words);
        IntegerField score = errors.required("score", new IntegerField(words.get("homes.assessedScore")));
        score.setId("assessment-score");
        score.setMin(0);
        score.setMax(5);
        score.setHelperText(words.get("homes.selfSays", home.selfScore()));
        TextArea note = errors.field("note", new TextArea(words.get("homes.note")));
        note.setMaxLength(500);
        dialog.add(new FormLayout(score, note));
        save(dialog, errors, () -> kernel.homes().assess(tenant.code(), home.id(), home.version(), score.getValue(), note.getValue()));
    }

    private void applyDialog(Home home) {
        Dialog dialog = dialog("application-dialog", "homes.apply");
        FormErrors errors = new FormErrors(words);
        IntegerField year = errors.required("year", new IntegerField(words.get("homes.year")));
        year.setValue(kernel.profiles().today().getYear());
        ComboBox<Tenant> level = errors.required("level", new ComboBox<>(words.get("homes.level")));
        level.setId("application-level");
        level.setItems(tenant.ancestorCodes().stream().map(kernel.tenants()::find).flatMap(Optional::stream)
                .filter(t -> !t.isRoot()).toList());
        level.setItemLabelGenerator(t -> words.english() ? t.names().en() : t.names().zh());
        dialog.add(new FormLayout(year, level));
        save(dialog, errors, () -> kernel.homes().applyForModel(tenant.code(), home.id(), home.version(), year.getValue(),
                level.getValue().code()));
    }

    private void decide(Home home, boolean awarding) {
        Confirm.ask(words, words.get(awarding ? "homes.award.question" : "homes.decline.question", home.name(), home.modelYear()),
                words.get("homes.decision.final"), words.get(awarding ? "homes.award" : "homes.decline"), () -> {
                    if (Attempt.run(words, () -> kernel.homes().decideModel(tenant.code(), home.id(), home.version(), awarding),
                            words.get("homes.saved"))) {
                        refresh();
                    }
                });
    }

    private Dialog dialog(String id, String titleKey) {
        return FormDialog.of(words, id, titleKey);
    }

    private void save(Dialog dialog, FormErrors errors, Runnable action) {
        FormDialog.open(dialog, words, errors, "home-save", action, this::refresh);
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateActions();
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("homes.titleShort");
    }
}
