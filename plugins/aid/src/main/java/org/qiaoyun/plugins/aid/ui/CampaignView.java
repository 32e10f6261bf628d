package org.qiaoyun.plugins.aid.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.plugins.aid.campaign.HouseholdImport;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.CampaignReports;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * One campaign: its kind, period and status, its account (budget, per fund spent and left, households visited,
 * handed over or not), its households (the person's name, never an ID number; what each is handed; who visits;
 * how the visit went). Caseworkers and admins pick households by the campaign's rule while it is a draft; a decider
 * approves the list once, after a confirmation that names the sums, and closes the campaign; once approved, the
 * public list (公示) downloads as a workbook in the screen's language.
 */
public class CampaignView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Household> households = new Grid<>();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private String campaignId;
    private Words t;

    public CampaignView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        t = AidWords.of(getLocale());
        campaignId = event.getRouteParameters().get("id").orElse(null);
        show();
    }

    private void show() {
        removeAll();
        Campaigns campaigns = new Campaigns(tenant);
        Campaign c = campaigns.get(campaignId);
        CampaignReports.Account account = new CampaignReports(tenant).account(campaignId);
        Span status = new Span(t.get("campaign.status." + c.status().name()));
        status.setId("aid-campaign-status");
        add(new H2(c.name()), new Span(t.get("campaign.kind." + c.kind().name()) + " · " + Formats.date(c.from(), t.locale()) + " – "
                + Formats.date(c.to(), t.locale())), status);
        if (c.firstApprover() != null) {
            add(new Span(t.get("campaign.first-approval", c.firstApprover())));
        }
        add(account(account));
        add(actions(c, account));
        households.setId("aid-campaign-households");
        households.removeAllColumns();
        List<Household> list = campaigns.households(campaignId);
        Map<String, String> names = new Beneficiaries(tenant, vault).names(list.stream().map(Household::beneficiaryId).toList());
        households.addColumn(h -> names.getOrDefault(h.beneficiaryId(), "")).setHeader(t.get("campaign.person")).setAutoWidth(true);
        households.addColumn(h -> h.area() == null ? "" : h.area()).setHeader(t.get("campaign.area")).setAutoWidth(true);
        households.addColumn(h -> handout(t, h.handout())).setHeader(t.get("campaign.handout")).setFlexGrow(2);
        households.addColumn(h -> h.visitor() == null ? "" : h.visitor()).setHeader(t.get("campaign.visitor")).setAutoWidth(true);
        households.addColumn(h -> t.get("campaign.outcome." + h.outcome().name())
                + (h.notHandedReason() == null ? "" : "：" + h.notHandedReason())).setHeader(t.get("campaign.outcome")).setAutoWidth(true);
        if (c.status() == Campaign.Status.DRAFT && (tenant.callerHas("caseworker") || tenant.callerHas("admin"))) {
            households.addComponentColumn(h -> new HorizontalLayout(handoutChange(h, names.getOrDefault(h.beneficiaryId(), "")),
                    removal(h, names.getOrDefault(h.beneficiaryId(), "")))).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        households.setAllRowsVisible(true);
        households.setEmptyStateComponent(new EmptyState(t.get("campaign.households.none"), t.get("campaign.households.first")));
        households.setItems(list);
        add(new H3(t.get("campaign.households", list.size())), households);
    }

    /** What the campaign has and has done: its budget and each fund's part, the households by how their visit went. */
    private VerticalLayout account(CampaignReports.Account a) {
        VerticalLayout sums = new VerticalLayout();
        sums.setPadding(false);
        sums.setSpacing(false);
        sums.setId("aid-campaign-account");
        sums.add(new Span(t.get("campaign.account.budget", Formats.money(a.budget()), Formats.money(a.cashPlanned()),
                Formats.money(a.goodsPlanned()))));
        a.funds().forEach(f -> sums.add(new Span(t.get("campaign.account.fund", f.fundName(), Formats.money(f.budget()),
                Formats.money(f.spent()), Formats.money(f.remaining())))));
        sums.add(new Span(t.get("campaign.account.visits", a.households(), a.visited(), a.handedOver(), a.notHandedOver(), a.pending())));
        sums.add(new Span(t.get("campaign.account.given", Formats.money(a.cashHandedOver()), Formats.money(a.goodsHandedOver()))));
        return sums;
    }

    private HorizontalLayout actions(Campaign c, CampaignReports.Account a) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean prepares = tenant.callerHas("caseworker") || tenant.callerHas("admin");
        boolean decides = new Casework(tenant).callerDecides();
        if (c.status() == Campaign.Status.DRAFT && prepares) {
            Button pick = new Button(t.get("campaign.pick"), e -> PickDialog.open(tenant, vault, t, c, false, this::show));
            pick.setId("aid-campaign-pick");
            Button one = new Button(t.get("campaign.add"), e -> PickDialog.open(tenant, vault, t, c, true, this::show));
            one.setId("aid-campaign-add");
            Button change = new Button(t.get("campaign.change"), e -> CampaignDialog.change(tenant, t, c,
                    new Campaigns(tenant).budget(c.id()), changed -> show()));
            change.setId("aid-campaign-change");
            actions.add(pick, one, change, householdsTemplate(), householdsImport(c));
        }
        if (c.status() == Campaign.Status.DRAFT && decides) {
            Button approve = new Button(t.get("campaign.approve"), e -> Confirm.ask(t, t.get("campaign.approve.question", a.households()),
                    t.get("campaign.approve.consequence", Formats.money(a.cashPlanned()), Formats.money(a.budget()),
                            Formats.money(a.goodsPlanned())), t.get("campaign.approve"),
                    () -> Attempt.run(t, () -> {
                        Campaign after = new Campaigns(tenant).approve(c.id(), c.version());
                        Attempt.told(t.get(after.status() == Campaign.Status.APPROVED ? "campaign.approved" : "campaign.first-approved"));
                        show();
                    })));
            approve.setId("aid-campaign-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if ((c.status() == Campaign.Status.APPROVED || c.status() == Campaign.Status.IN_PROGRESS) && decides) {
            Button close = new Button(t.get("campaign.close"), e -> Confirm.destructive(t, t.get("campaign.close.question"),
                    t.get("campaign.close.consequence", a.pending()), t.get("campaign.close"),
                    () -> Attempt.run(t, () -> {
                        new Campaigns(tenant).close(c.id(), c.version());
                        show();
                    })));
            close.setId("aid-campaign-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
        if (c.status() != Campaign.Status.DRAFT) {
            Anchor notice = new Anchor(download -> {
                download.setFileName("notice.xlsx");
                download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                CampaignReports.write(new CampaignReports(tenant).notice(c.id()), t.locale(), download.getOutputStream());
            }, t.get("campaign.notice"));
            notice.setId("aid-campaign-notice");
            actions.add(notice);
        }
        return actions;
    }

    /** The spreadsheet to fill in for a list of households. */
    private Anchor householdsTemplate() {
        Anchor template = new Anchor(download -> {
            download.setFileName("campaign-households-template.xlsx");
            download.setContentType(XLSX);
            download.getOutputStream().write(HouseholdImport.template());
        }, t.get("campaign.import.template"));
        template.setId("aid-campaign-template");
        return template;
    }

    /** Adds the households of a spreadsheet to the draft's list: the report first; with a wrong row, adding the right ones is a choice. */
    private Upload householdsImport(Campaign c) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> Attempt.run(t, () -> {
            BeneficiaryImport.Report report = new HouseholdImport(tenant, vault).run(c.id(), new ByteArrayInputStream(bytes), false);
            if (report.imported() > 0) {
                show();
            }
            ImportReportDialog.open(t, "campaign.import.done", report, () -> {
                BeneficiaryImport.Report done = new HouseholdImport(tenant, vault).run(c.id(), new ByteArrayInputStream(bytes), true);
                show();
                return done;
            });
        })));
        upload.setId("aid-campaign-import");
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setUploadButton(new Button(t.get("campaign.import")));
        upload.setDropLabel(new Span(t.get("campaign.import.drop")));
        return upload;
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Changes what one household of the draft is handed and who visits it. */
    private Button handoutChange(Household h, String name) {
        Button change = new Button(t.get("campaign.household.change"), e -> PickDialog.change(tenant, t, campaignId, h, name, this::show));
        change.setId("aid-campaign-change-" + h.id());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return change;
    }

    /** Takes a household off the draft's list, after a confirmation. */
    private Button removal(Household h, String name) {
        Button remove = new Button(t.get("campaign.remove"), e -> Confirm.destructive(t, t.get("campaign.remove.question", name),
                t.get("campaign.remove.consequence"), t.get("campaign.remove"), () -> Attempt.run(t, () -> {
                    new Campaigns(tenant).remove(campaignId, h.id());
                    show();
                })));
        remove.setId("aid-campaign-remove-" + h.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return remove;
    }

    /** What a household is handed, as one line: ¥500.00, 大米、食用油 × 2 (¥150.00). */
    static String handout(Words t, Household.Handout h) {
        String cash = h.cash().isPositive() ? Formats.money(h.cash()) : "";
        String goods = h.goods() == null ? "" : t.get("campaign.goods", h.goods(), h.quantity(), Formats.money(h.goodsValue()));
        return cash.isEmpty() ? goods : goods.isEmpty() ? cash : cash + "，" + goods;
    }
}
