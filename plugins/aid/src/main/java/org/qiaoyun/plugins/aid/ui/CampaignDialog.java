package org.qiaoyun.plugins.aid.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.campaign.BudgetLine;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.CampaignKind;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Drafts a campaign, or changes a draft: its name, kind (fixed once drafted), period, its rule (the vulnerabilities
 * and areas households are picked by) and its budget, drawn from one or more funds, each with its amount (送温暖 is
 * often paid partly from the budget, partly from an overseas donation). A line without a fund, or with an amount that
 * is not money, is marked at that line; a fund named twice at the first.
 */
final class CampaignDialog {

    private CampaignDialog() {
    }

    /** A new campaign. */
    static Dialog draft(TenantScope tenant, Words t, Consumer<Campaign> drafted) {
        return open(tenant, t, null, List.of(), drafted);
    }

    /** A draft's details and budget, changed from what the screen read (a stale version is refused). */
    static Dialog change(TenantScope tenant, Words t, Campaign draft, List<BudgetLine> budget, Consumer<Campaign> changed) {
        return open(tenant, t, draft, budget, changed);
    }

    private static Dialog open(TenantScope tenant, Words t, Campaign existing, List<BudgetLine> budget, Consumer<Campaign> done) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-campaign-dialog");
        dialog.setHeaderTitle(existing == null ? t.get("campaigns.new") : t.get("campaign.change.title", existing.name()));
        FormErrors form = new FormErrors(t);
        TextField name = form.required("name", new TextField(t.get("campaigns.name")));
        name.setId("aid-campaign-name");
        name.setMaxLength(Campaign.NAME_LENGTH);
        ComboBox<CampaignKind> kind = form.required("kind", new ComboBox<>(t.get("campaigns.kind"), CampaignKind.values()));
        kind.setId("aid-campaign-kind");
        kind.setItemLabelGenerator(k -> t.get("campaign.kind." + k.name()));
        DatePicker from = form.required("from", new DatePicker(t.get("campaigns.from")));
        from.setId("aid-campaign-from");
        DatePicker to = form.required("to", new DatePicker(t.get("campaigns.to")));
        to.setId("aid-campaign-to");
        MultiSelectComboBox<VulnerabilityTag> tags = new MultiSelectComboBox<>(t.get("campaigns.tags"), VulnerabilityTag.values());
        tags.setId("aid-campaign-tags");
        tags.setItemLabelGenerator(t::of);
        TextField areas = form.field("areas", new TextField(t.get("campaigns.areas")));
        areas.setId("aid-campaign-areas");
        areas.setHelperText(t.get("campaigns.areas.hint"));
        BudgetLines lines = new BudgetLines(t, form, new Funds(tenant).all());
        if (existing == null) {
            lines.add(null, null);
        } else {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            kind.setReadOnly(true); // the kind decides the rules the list was picked by
            from.setValue(existing.from());
            to.setValue(existing.to());
            tags.setValue(existing.tags());
            areas.setValue(String.join("，", existing.areas()));
            budget.forEach(line -> lines.add(line.fundId(), line.amount().toYuan()));
        }
        dialog.add(new FormLayout(name, kind, from, to, tags, areas), new H4(t.get("campaigns.budget.lines")), lines.layout);
        Button save = new Button(t.get("save"));
        save.setId("aid-campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Campaign[] saved = new Campaign[1];
            if (form.save(() -> {
                Campaigns campaigns = new Campaigns(tenant);
                saved[0] = existing == null
                        ? campaigns.draft(name.getValue(), kind.getValue(), from.getValue(), to.getValue(), tags.getValue(),
                                areas(areas.getValue()), lines.budget())
                        : campaigns.change(existing.id(), existing.version(), name.getValue(), from.getValue(), to.getValue(),
                                tags.getValue(), areas(areas.getValue()), lines.budget());
            })) {
                dialog.close();
                Attempt.told(t.get(existing == null ? "campaigns.drafted" : "campaign.changed", saved[0].name()));
                done.accept(saved[0]);
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    /**
     * The budget's lines, a fund and an amount each. The first line's fields are {@code funds} and {@code budget} (the
     * names the service refuses by), the next ones {@code funds-1}, {@code budget-1} and so on.
     */
    private static final class BudgetLines {

        final VerticalLayout layout = new VerticalLayout();
        private final List<Line> lines = new ArrayList<>();
        private final Words t;
        private final FormErrors form;
        private final List<Fund> funds;
        private final Button add;
        private int made;

        private record Line(HorizontalLayout row, ComboBox<Fund> fund, BigDecimalField amount, String suffix) {
        }

        BudgetLines(Words t, FormErrors form, List<Fund> funds) {
            this.t = t;
            this.form = form;
            this.funds = funds;
            layout.setPadding(false);
            layout.setId("aid-campaign-budget-lines");
            add = new Button(t.get("campaigns.budget.add"), e -> add(null, null));
            add.setId("aid-campaign-add-fund");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout.add(add);
        }

        void add(String fundId, BigDecimal yuan) {
            String suffix = made == 0 ? "" : "-" + made;
            made++;
            ComboBox<Fund> fund = form.required("funds" + suffix, new ComboBox<>(t.get("campaigns.fund")));
            fund.setId("aid-campaign-fund" + suffix);
            fund.setItems(funds);
            fund.setItemLabelGenerator(Fund::name);
            Map<String, Fund> byId = funds.stream().collect(Collectors.toMap(Fund::id, f -> f));
            if (fundId != null) {
                fund.setValue(byId.get(fundId));
            }
            BigDecimalField amount = form.required("budget" + suffix, new BigDecimalField(t.get("campaigns.budget")));
            amount.setId("aid-campaign-budget" + suffix);
            amount.setValue(yuan);
            HorizontalLayout row = new HorizontalLayout(fund, amount);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            Line line = new Line(row, fund, amount, suffix);
            if (!lines.isEmpty()) { // the first line stays: a budget has at least one fund
                Button remove = new Button(t.get("campaigns.budget.remove"), e -> {
                    lines.remove(line);
                    layout.remove(row);
                });
                remove.setId("aid-campaign-remove-fund" + suffix);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(remove);
            }
            lines.add(line);
            layout.addComponentAtIndex(layout.getComponentCount() - 1, row);
        }

        /** The lines as the service takes them; an amount that is not money is refused at its own line. */
        List<Campaigns.Budget> budget() {
            List<Campaigns.Budget> budget = new ArrayList<>();
            for (Line line : lines) {
                budget.add(new Campaigns.Budget(line.fund().getValue() == null ? null : line.fund().getValue().id(),
                        Money.yuan("budget" + line.suffix(), line.amount().getValue(), true)));
            }
            return budget;
        }
    }

    /** Areas typed as one line, separated by commas (Chinese or Latin) or spaces. */
    static List<String> areas(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，、\\s]+")).filter(a -> !a.isBlank()).toList();
    }
}
