package org.qiaoyun.plugins.legal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.education.EducationSessions;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.network.StationKind;

/**
 * Demo records for a demo federation, made through the module's services as its demo accounts would make them:
 * the admin opens the centre (and heads it), a station and a point, and names the advisers (the federation's
 * adviser account and an external lawyer who speaks 台山话); consultations came in over the past weeks and
 * stand at every step, one of them overdue; two education sessions were held.
 */
final class LegalDemoData implements DemoData {

    private final IdVault vault;

    LegalDemoData(IdVault vault) {
        this.vault = vault;
    }

    @Override
    public void fill(Federation federation) {
        AtomicReference<String> adviserAccount = new AtomicReference<>();
        federation.as(Permissions.ADVISER, scope -> {
            adviserAccount.set(scope.currentUser().orElse(null));
            return null;
        });
        AtomicReference<String[]> ids = new AtomicReference<>();
        boolean admin = federation.asDaysAgo("admin", 40, scope -> {
            Network network = new Network(scope);
            String head = scope.currentUser().orElseThrow();
            Station centre = network.openCentre(new Station.Details("侨联法律服务中心", "侨联大楼一楼", "周一至周五 9:00-17:00", "0750-5500000"), head);
            Station station = network.openStation(StationKind.STATION, centre.id(),
                    new Station.Details("城区侨法服务站", "侨胞之家二楼", "周二、周四 14:30-17:30", "0750-5500001"));
            Station point = network.openStation(StationKind.POINT, centre.id(),
                    new Station.Details("侨乡村服务点", "村委会办公室", "每月第一个周六上午", "村侨联小组"));
            Adviser external = network.addAdviser(new Adviser.Profile(null, "李慧文", "广东侨乡律师事务所", "14407201010123456",
                    EnumSet.of(Category.OVERSEAS_HOUSE, Category.INHERITANCE, Category.LAND_REQUISITION), List.of("粤语", "台山话", "English"),
                    Set.of(centre.id(), station.id(), point.id())));
            String own = null;
            if (adviserAccount.get() != null) {
                own = network.addAdviser(new Adviser.Profile(adviserAccount.get(), "陈志明", "侨联法律顾问委员会", null,
                        EnumSet.of(Category.MARRIAGE_FAMILY, Category.ENTRY_EXIT, Category.HOUSEHOLD_REGISTRATION, Category.LABOUR),
                        List.of("普通话", "粤语"), Set.of(centre.id(), station.id()))).id();
            }
            ids.set(new String[] {centre.id(), station.id(), external.id(), own});
            return null;
        });
        if (!admin || ids.get() == null) {
            return;
        }
        String centreId = ids.get()[0];
        String stationId = ids.get()[1];
        String externalId = ids.get()[2];
        String ownId = ids.get()[3];
        federation.as("admin", scope -> {
            Network network = new Network(scope);
            LocalDate today = ChinaTime.today(scope);
            for (int d = 0; d < 14; d++) {
                network.putOnDuty(stationId, today.plusDays(d), d % 2 == 0 || ownId == null ? externalId : ownId);
            }
            return null;
        });
        String intake = "caseworker"; // where the federation has no caseworker account, its admin takes matters in
        String house = taken(federation, intake, 25, stationId, "黄美玲", "13902220001", Relation.RELATIVE, "台山话",
                List.of(new Party.Named("黄国强", null)), Category.OVERSEAS_HOUSE,
                "祖父于1950年代出国，名下台城侨房被他人占用，现委托人持旧房契，咨询如何依法申请退还。");
        String heirs = taken(federation, intake, 18, centreId, "伍振华", "13902220002", Relation.RETURNEE, "粤语",
                List.of(new Party.Named("伍振邦", "+1 415 555 0101")), Category.INHERITANCE,
                "父亲在台山去世，兄长定居美国，双方就老屋继承有分歧，咨询境外继承人的权利和公证认证手续。");
        String marriage = taken(federation, intake, 9, stationId, "余小燕", "13902220003", Relation.RELATIVE, "普通话",
                List.of(), Category.MARRIAGE_FAMILY, "丈夫在加拿大工作多年，拟在国内办理离婚，咨询涉外离婚的管辖和文书送达。");
        // the newest matter waits at the head's desk for its conflict check
        taken(federation, intake, 2, stationId, "黄伟明", "13902220004", Relation.OVERSEAS_CHINESE, "English",
                List.of(), Category.ENTRY_EXIT, "持美国护照回乡定居，咨询办理外国人永久居留身份证的条件与材料。");
        String headRole = "admin";
        federation.asDaysAgo(headRole, 24, scope -> step(scope, house, c -> consultations(scope).checkConflicts(c, null, ConflictDecision.CLEAR, null)));
        federation.asDaysAgo(headRole, 24, scope -> step(scope, house, c -> consultations(scope).assign(c, null, externalId)));
        federation.asDaysAgo(headRole, 23, scope -> step(scope, house, c -> consultations(scope).acknowledge(c, null, "已电话联系委托人，约定到站面谈。")));
        federation.asDaysAgo(headRole, 16, scope -> step(scope, house, c -> consultations(scope).answer(c, null,
                "依据《关于落实华侨私房政策的规定》等，可向不动产登记和侨务部门申请，已协助整理产权材料。")));
        federation.asDaysAgo(headRole, 12, scope -> step(scope, house, c -> consultations(scope).close(c, null, new Consultation.Closing(
                Outcome.REFERRED, Destination.GOVERNMENT_DEPARTMENT, "市侨务局", Satisfaction.SATISFIED, "已转介市侨务局办理退还申请。"))));
        federation.asDaysAgo(headRole, 17, scope -> step(scope, heirs, c -> consultations(scope).checkConflicts(c, null, ConflictDecision.CLEAR,
                "同名记录为另一家庭")));
        federation.asDaysAgo(headRole, 17, scope -> step(scope, heirs, c -> consultations(scope).assign(c, null, externalId)));
        federation.asDaysAgo(headRole, 8, scope -> step(scope, marriage, c -> consultations(scope).checkConflicts(c, null, ConflictDecision.CLEAR, null)));
        String marriageAdviser = ownId == null ? externalId : ownId;
        federation.asDaysAgo(headRole, 8, scope -> step(scope, marriage, c -> consultations(scope).assign(c, null, marriageAdviser)));
        federation.asDaysAgo(ownId == null ? headRole : Permissions.ADVISER, 7, scope -> step(scope, marriage,
                c -> consultations(scope).acknowledge(c, null, null)));
        federation.asDaysAgo(Permissions.ADVISER, 10, scope -> new EducationSessions(scope).record(new EducationSession.Details(
                ChinaTime.today(scope), "《归侨侨眷权益保护法》宣讲", "侨乡文化广场", "归侨侨眷、村侨联小组", "李慧文律师", 86)));
        federation.asDaysAgo("admin", 3, scope -> new EducationSessions(scope).record(new EducationSession.Details(
                ChinaTime.today(scope), "涉侨房产与继承法律讲座", "侨联大楼会议室", "侨眷", "陈志明", 42)));
        // the figures of this month: open and overdue matters are counted when something changes, and the records
        // above were made in past days (perhaps last month)
        federation.as("admin", scope -> {
            LegalIndicators.refresh(scope);
            return null;
        });
    }

    private Consultations consultations(TenantScope scope) {
        return new Consultations(scope, vault);
    }

    private String taken(Federation federation, String role, int daysAgo, String stationId, String name, String phone, Relation relation,
                         String language, List<Party.Named> parties, Category category, String facts) {
        AtomicReference<String> id = new AtomicReference<>();
        java.util.function.Function<TenantScope, Object> work = scope -> {
            id.set(consultations(scope).takeIn(new Consultation.Intake(stationId, Channel.WALK_IN, null, name, phone, relation, null,
                    language, parties, category, facts)).id());
            return null;
        };
        if (!federation.asDaysAgo(role, daysAgo, work)) {
            federation.asDaysAgo("admin", daysAgo, work);
        }
        return id.get();
    }

    private static Object step(TenantScope scope, String id, java.util.function.Function<String, Object> step) {
        return id == null ? null : step.apply(id);
    }
}
