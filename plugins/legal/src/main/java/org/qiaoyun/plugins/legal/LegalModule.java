package org.qiaoyun.plugins.legal;

import java.util.List;

import org.pf4j.Extension;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.api.ModulePersistence;
import org.qiaoyun.api.ModuleView;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.calendar.CalendarYear;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.DeadlineTerms;
import org.qiaoyun.plugins.legal.consultation.Letter;
import org.qiaoyun.plugins.legal.consultation.MatterEvent;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.DutyShift;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.ui.DeadlinesView;
import org.qiaoyun.plugins.legal.ui.DeskView;
import org.qiaoyun.plugins.legal.ui.EducationView;
import org.qiaoyun.plugins.legal.ui.IntakeView;
import org.qiaoyun.plugins.legal.ui.MatterView;
import org.qiaoyun.plugins.legal.ui.NetworkView;
import org.qiaoyun.plugins.legal.ui.RosterView;
import org.qiaoyun.plugins.legal.ui.WorkListView;

/**
 * Legal service stations (依法维侨): a federation's legal service centre with its stations and points, its
 * advisers and duty roster; consultations from intake to close within deadlines in working days on China's
 * official calendar, read only by their adviser and the centre's head; legal education sessions.
 *
 * <p>One setting, {@code qiaoyun.legal.id-key} ({@code QIAOYUN_LEGAL_ID_KEY}): the Base64 of 32 random bytes
 * that encrypt the ID numbers of people asking. ID numbers are optional here, so without the key the module
 * runs and refuses ID numbers rather than keep them unprotected.
 */
@Extension
public class LegalModule implements Module {

    /** The numbers this module sealed, newest first: what the platform tries its key on at start. */
    public static final String SEALED_NEWEST_FIRST = "select c.idCipher from Consultation c where c.idCipher is not null order by c.receivedOn desc";


    static final String ID_PURPOSE = "qiaoyun/legal/resident-id-hash";

    /** Keeps ID numbers: made at start from the module's key (null without one), handed to what works with them. */
    private volatile IdVault vault;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor("legal", "依法维侨", "Legal services",
                "法律服务中心、站、点与法律顾问；法律咨询从受理、利益冲突审查、指派到答复办结，按工作日计算时限；普法活动。",
                "Legal service centres, stations and advisers; consultations from intake, conflict check and assignment to answer"
                        + " and close within deadlines in working days; legal education sessions.");
    }

    @Override
    public ModulePersistence persistence() {
        return new ModulePersistence(List.of(Station.class, Adviser.class, DutyShift.class, CalendarYear.class, Consultation.class, DeadlineTerms.class,
                Party.class, MatterEvent.class, Letter.class, EducationSession.class), "db/legal/changelog.xml");
    }

    @Override
    public void start(ModuleContext context) {
        String previous = context.setting("id-key-previous").orElse(null); // during a key rotation: still read, never written
        vault = context.setting("id-key").filter(key -> !key.isBlank()).map(key -> IdVault.fromBase64(key, previous, ID_PURPOSE))
                .orElse(null);
    }

    /**
     * The screens. The work list, a matter and the desk are open to every member of the federation, because a
     * centre's head may hold any role: what each person finds there is decided by {@code Confidentiality}.
     */
    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView("", WorkListView.class, tenant -> new WorkListView(tenant, vault), "法律咨询", "Consultations"),
                new ModuleView("intake", IntakeView.class, tenant -> new IntakeView(tenant, vault), "受理咨询", "New consultation")
                        .forRoles(Permissions.ADVISER, "caseworker", "admin"),
                new ModuleView("desk", DeskView.class, tenant -> new DeskView(tenant, vault), "分派台", "Assignment desk"),
                new ModuleView("roster", RosterView.class, RosterView::new, "值班安排", "Duty roster"),
                new ModuleView("network", NetworkView.class, NetworkView::new, "服务网络", "Service network"),
                new ModuleView("education", EducationView.class, EducationView::new, "普法活动", "Legal education"),
                new ModuleView("deadlines", DeadlinesView.class, DeadlinesView::new, "期限与节假日", "Deadlines and holidays"),
                new ModuleView("consultation/:id", MatterView.class, tenant -> new MatterView(tenant, vault), "法律咨询", "Consultation"));
    }

    @Override
    public Object resource(TenantScope tenant) {
        return new LegalResource(tenant, vault);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return LegalIndicators.definitions();
    }

    @Override
    public List<Object> services() {
        return List.of(new LegalDemoData(vault), new LegalDailyWork(() -> vault),
                new org.qiaoyun.plugins.legal.rights.LegalPersonalData(() -> vault), // people's rights over their data
                new org.qiaoyun.plugins.legal.rights.LegalKeeping(), // closed matters erased when their keeping period ends
                new org.qiaoyun.plugins.legal.archive.LegalRecords(() -> vault), // the federation's records when it moves platform
                org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_LEGAL_ID_KEY", () -> vault, // the key checked at the platform's start
                        SEALED_NEWEST_FIRST));
    }
}
