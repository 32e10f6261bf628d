package org.qiaoyun.plugins.volunteers;

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
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.staffing.VolunteerStaffing;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.training.Training;
import org.qiaoyun.plugins.volunteers.ui.ActivitiesView;
import org.qiaoyun.plugins.volunteers.ui.MyShiftsView;
import org.qiaoyun.plugins.volunteers.ui.RecognitionView;
import org.qiaoyun.plugins.volunteers.ui.RegisterView;
import org.qiaoyun.plugins.volunteers.ui.RostersView;
import org.qiaoyun.plugins.volunteers.volunteer.StarThresholds;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * Volunteer management (志愿服务): volunteers, shifts with sign-up and a waiting list, check-in with
 * a code on the spot, and the hours served. Work in progress: see the module's README for what stands.
 */
@Extension
public class VolunteersModule implements Module {

    /** The numbers this module sealed, newest first: what the platform tries its key on at start. */
    public static final String SEALED_NEWEST_FIRST = "select v.idCipher from Volunteer v where v.idCipher is not null order by v.registeredAt desc";


    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor("volunteers", "志愿服务", "Volunteers",
                "志愿者登记、活动排班与报名、现场签到、服务时长。",
                "Volunteers, shifts with sign-up and waiting list, check-in on the spot, hours served.");
    }

    @Override
    public ModulePersistence persistence() {
        return new ModulePersistence(List.of(Volunteer.class, StarThresholds.class, Activity.class, Shift.class, SignUp.class,
                Training.class, Nomination.class, org.qiaoyun.plugins.volunteers.shift.HoursRule.class,
                org.qiaoyun.plugins.volunteers.recognition.IssuedCertificate.class), "db/volunteers/changelog.xml");
    }

    /** What the hashes of ID numbers kept here are for: it keeps them apart from other modules' hashes. */
    public static final String ID_PURPOSE = "qiaoyun/volunteers/resident-id-hash";

    private volatile ModuleContext context;
    /** Keeps ID numbers; null where the platform has no key for them. */
    private volatile IdVault vault;

    /**
     * Keeps the context. The setting {@code qiaoyun.volunteers.id-key} ({@code QIAOYUN_VOLUNTEERS_ID_KEY},
     * Base64 of 32 random bytes) lets the module keep volunteers' ID numbers, encrypted; without it the
     * module runs and refuses ID numbers.
     */
    @Override
    public void start(ModuleContext moduleContext) {
        context = moduleContext;
        String previous = moduleContext.setting("id-key-previous").orElse(null); // during a key rotation: still read, never written
        vault = moduleContext.setting("id-key").filter(key -> !key.isBlank()).map(key -> IdVault.fromBase64(key, previous, ID_PURPOSE))
                .orElse(null);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView("", MyShiftsView.class, tenant -> new MyShiftsView(tenant, vault), "我的志愿服务", "My shifts"),
                new ModuleView("rosters", RostersView.class, RostersView::new, "排班与审核", "Rosters").forRoles("organiser", "admin"),
                new ModuleView("activities", ActivitiesView.class, ActivitiesView::new, "活动与班次", "Activities")
                        .forRoles("organiser", "admin"),
                new ModuleView("register", RegisterView.class, tenant -> new RegisterView(tenant, vault), "志愿者名册",
                        "Volunteer register").forRoles("organiser", "admin"),
                new ModuleView("recognition", RecognitionView.class, RecognitionView::new, "表彰激励", "Recognition"));
    }

    /** Volunteers for other modules' activities (the events module's festivals), where both modules are enabled. */
    @Override
    public List<Object> services() {
        return List.of(new VolunteerStaffing(code -> context.tenant(code)),
                new org.qiaoyun.plugins.volunteers.demo.VolunteersDemoData(), // demo records for trial platforms
                new org.qiaoyun.plugins.volunteers.recognition.CertificatePages(), // the public check of a certificate
                new VolunteersDailyWork(() -> vault), // a key rotation finishes by itself
                new org.qiaoyun.plugins.volunteers.rights.VolunteersPersonalData(() -> vault), // people's rights over their data
                new org.qiaoyun.plugins.volunteers.rights.VolunteersKeeping(), // people who left erased when their keeping period ends
                new org.qiaoyun.plugins.volunteers.archive.VolunteersRecords(() -> vault), // the federation's records when it moves platform
                org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_VOLUNTEERS_ID_KEY", () -> vault, // the key checked at the platform's start
                        SEALED_NEWEST_FIRST));
    }

    @Override
    public Object resource(TenantScope tenant) {
        return new VolunteersResource(tenant, vault);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return VolunteerIndicators.definitions();
    }
}
