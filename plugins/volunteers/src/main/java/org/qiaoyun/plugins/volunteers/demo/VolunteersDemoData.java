package org.qiaoyun.plugins.volunteers.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.training.Trainings;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * A demo federation's volunteer service as its organiser would have kept it: the demo volunteer
 * registered, three mornings served at the 侨乡 cultural festival over the past weeks (entered from the
 * paper sign-in sheet and evaluated, so the hours ledger and the certificate have something to show), a
 * first-aid course, and visits to elderly returnees still to come, one of them signed up for.
 */
public final class VolunteersDemoData implements DemoData {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public void fill(Federation federation) {
        String[] volunteerAccount = new String[1];
        federation.as("volunteer", scope -> volunteerAccount[0] = scope.currentUser().orElse(null));
        if (volunteerAccount[0] == null) {
            return;
        }
        String[] ids = new String[2]; // the volunteer, the festival
        boolean hasOrganiser = federation.asDaysAgo("organiser", 30, scope -> {
            Volunteer volunteer = new Registry(scope).register(new Registry.Form(volunteerAccount[0], "阿芳", "13907502288",
                    "急救, 摄影", "台山话, 粤语, English", "台城街道", "周末"));
            Activity festival = new Activities(scope).create("侨乡文化节志愿服务", "引导海外乡亲参观侨批展、碉楼图片展，协助签到和讲解。",
                    "台山市博物馆", "台城街道");
            ids[0] = volunteer.id();
            ids[1] = festival.id();
            return null;
        });
        if (!hasOrganiser) {
            return;
        }
        for (int daysAgo : new int[] {21, 14, 7}) {
            String[] signUp = new String[1];
            federation.asDaysAgo("organiser", daysAgo + 2, scope -> {
                Rosters rosters = new Rosters(scope);
                Instant starts = morning(scope, 2);
                Shift shift = rosters.plan(ids[1], new Shift.Draft("台山市博物馆", starts, starts.plus(Duration.ofHours(3)), 6,
                        "讲解", starts.minus(Duration.ofHours(12))));
                signUp[0] = rosters.signUp(shift.id(), ids[0]).id();
                return null;
            });
            federation.asDaysAgo("organiser", daysAgo - 1, scope -> {
                Rosters rosters = new Rosters(scope);
                rosters.correct(signUp[0], 180, "按纸质签到表补录");
                rosters.evaluate(signUp[0], daysAgo == 7 ? SignUp.Evaluation.EXCELLENT : SignUp.Evaluation.GOOD, null);
                return null;
            });
        }
        federation.as("organiser", scope -> {
            new Trainings(scope).record(ids[0], "红十字应急救护培训", LocalDate.now(scope.clock().withZone(CHINA)).minusDays(10), 8);
            Activity visits = new Activities(scope).create("重阳敬老探访", "探望独居的老归侨，送上慰问品，陪老人聊天。", "台城街道各社区", "台城街道");
            Rosters rosters = new Rosters(scope);
            for (int inDays : new int[] {3, 10}) {
                Instant starts = morning(scope, inDays);
                Shift shift = rosters.plan(visits.id(), new Shift.Draft("台城街道侨乡路社区", starts, starts.plus(Duration.ofHours(3)), 4,
                        null, starts.minus(Duration.ofHours(24))));
                if (inDays == 3) {
                    rosters.signUp(shift.id(), ids[0]);
                }
            }
            return null;
        });
    }

    /** Nine in the morning, Beijing time, {@code days} days after the scope's today. */
    private static Instant morning(TenantScope scope, int days) {
        LocalDate today = LocalDate.now(scope.clock().withZone(CHINA));
        return today.plusDays(days).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant();
    }
}
