package org.qiaoyun.plugins.aid;

import java.util.List;

import org.pf4j.Extension;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.api.ModulePersistence;
import org.qiaoyun.api.ModuleView;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.ApprovalLimit;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.Goods;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.ui.BeneficiariesView;
import org.qiaoyun.plugins.aid.ui.CaseView;
import org.qiaoyun.plugins.aid.ui.CasesView;
import org.qiaoyun.plugins.aid.ui.FundView;
import org.qiaoyun.plugins.aid.ui.FundsView;
import org.qiaoyun.plugins.aid.ui.LimitsView;
import org.qiaoyun.plugins.aid.ui.PersonView;

/**
 * Aid tracking (侨界帮扶): the people a federation cares for, the funds it pays from, and the cases
 * that take a request from application through a home visit and approval to payment and follow-up.
 *
 * <p>It needs one setting, {@code qiaoyun.aid.id-key} ({@code QIAOYUN_AID_ID_KEY}): the Base64 of 32
 * random bytes that encrypt resident ID numbers. Without it the module does not start (FAILED, with
 * that reason) rather than keep ID numbers unprotected.
 */
@Extension
public class AidModule implements Module {

    /** The numbers this module sealed, newest first: what the platform tries its key on at start. */
    public static final String SEALED_NEWEST_FIRST = "select b.idCipher from Beneficiary b where b.idCipher is not null order by b.createdAt desc";


    /** Who works with cases and the people served, or reads them: volunteers, organisers and advisers do not. */
    private static final String[] CASEWORK = {"caseworker", "admin", "viewer"};

    /** Keeps resident ID numbers: made at start from the module's key, handed to what works with them. */
    private volatile IdVault vault;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor("aid", "侨界帮扶", "Aid tracking",
                "帮扶对象、资金来源与个案：从申请、入户核实、审批到发放与回访。",
                "Beneficiaries, funds traceable to their source, and aid cases from application to follow-up.");
    }

    /** Demo records for trial platforms, the daily work, and the answer to people's rights over their data. */
    @Override
    public List<Object> services() {
        return List.of(new org.qiaoyun.plugins.aid.demo.AidDemoData(vault), new AidDailyWork(() -> vault),
                new org.qiaoyun.plugins.aid.rights.AidPersonalData(() -> vault),
                new org.qiaoyun.plugins.aid.rights.AidKeeping(), // people erased when their keeping period ends
                new org.qiaoyun.plugins.aid.archive.AidRecords(() -> vault), // the federation's records when it moves platform
                org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_AID_ID_KEY", () -> vault, // the key checked at the platform's start
                        SEALED_NEWEST_FIRST));
    }

    @Override
    public ModulePersistence persistence() {
        return new ModulePersistence(List.of(Beneficiary.class, Fund.class, FundEntry.class, AidCase.class, Goods.class,
                org.qiaoyun.plugins.aid.casework.Assignment.class,
                CaseEvent.class, ApprovalLimit.class,
                org.qiaoyun.plugins.aid.periodic.Schedule.class, org.qiaoyun.plugins.aid.periodic.SchedulePayment.class,
                org.qiaoyun.plugins.aid.referral.Referral.class,
                org.qiaoyun.plugins.aid.campaign.Campaign.class, org.qiaoyun.plugins.aid.campaign.BudgetLine.class,
                org.qiaoyun.plugins.aid.campaign.Household.class), "db/aid/changelog.xml");
    }

    @Override
    public void start(ModuleContext moduleContext) {
        String key = moduleContext.setting("id-key").orElseThrow(() -> new IllegalStateException(
                "set qiaoyun.aid.id-key (QIAOYUN_AID_ID_KEY): Base64 of 32 random bytes that encrypt resident ID numbers"));
        // during a key rotation the key before is given beside it (QIAOYUN_AID_ID_KEY_PREVIOUS): still read, never written
        vault = IdVault.fromBase64(key, moduleContext.setting("id-key-previous").orElse(null), "qiaoyun/aid/resident-id-hash");
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView("", CasesView.class, tenant -> new CasesView(tenant, vault), "帮扶个案", "Aid cases")
                        .forRoles(CASEWORK),
                new ModuleView("beneficiaries", BeneficiariesView.class, tenant -> new BeneficiariesView(tenant, vault),
                        "帮扶对象", "Beneficiaries").forRoles(CASEWORK),
                new ModuleView("funds", FundsView.class, FundsView::new, "帮扶资金", "Funds").forRoles(CASEWORK),
                new ModuleView("fund/:id", FundView.class, tenant -> new FundView(tenant, vault), "资金明细", "Fund ledger").forRoles(CASEWORK),
                new ModuleView("limits", LimitsView.class, LimitsView::new, "审批权限", "Approval limits")
                        .forRoles("caseworker", "admin"),
                new ModuleView("case/:id", CaseView.class, tenant -> new CaseView(tenant, vault), "个案", "Case").forRoles(CASEWORK),
                new ModuleView("campaigns", org.qiaoyun.plugins.aid.ui.CampaignsView.class, org.qiaoyun.plugins.aid.ui.CampaignsView::new,
                        "帮扶活动", "Campaigns").forRoles(CASEWORK),
                new ModuleView("campaign/:id", org.qiaoyun.plugins.aid.ui.CampaignView.class,
                        tenant -> new org.qiaoyun.plugins.aid.ui.CampaignView(tenant, vault), "帮扶活动", "Campaign").forRoles(CASEWORK),
                // whoever is given households to visit, whatever their role: the service shows them theirs only
                new ModuleView("visits", org.qiaoyun.plugins.aid.ui.VisitsView.class, org.qiaoyun.plugins.aid.ui.VisitsView::new,
                        "我的走访", "My visits"),
                new ModuleView("person/:id", PersonView.class, tenant -> new PersonView(tenant, vault), "帮扶对象", "Beneficiary")
                        .forRoles(CASEWORK));
    }

    @Override
    public Object resource(TenantScope tenant) {
        return new AidResource(tenant, vault);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return AidIndicators.definitions();
    }
}
