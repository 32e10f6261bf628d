package org.qiaoyun.plugins.volunteers.recognition;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * Issues certificates of service from the record: the shifts served (with minutes, corrections
 * included), the organisers' evaluations, the training, the stars under the federation's thresholds, the
 * awards endorsed. For the volunteer themselves and
 * organisers; every certificate issued is audited.
 */
public final class Certificates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final TenantScope scope;
    private final Clock clock;

    public Certificates(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** What a certificate for this volunteer states today. */
    public ServiceCertificate.Content content(String volunteerId) {
        Registry registry = new Registry(scope);
        Volunteer volunteer = registry.volunteer(volunteerId);
        Permissions.requireSelfOrOrganiser(scope, volunteer.username());
        Registry.Standing standing = registry.standing(volunteer);
        Object[] served = scope.transaction(em -> em.createQuery("select count(s), min(s.shiftStart), max(s.shiftStart) from SignUp s"
                        + " where s.volunteerId = :v and s.minutes is not null and s.minutes > 0", Object[].class)
                .setParameter("v", volunteerId).getSingleResult());
        Object[] trained = scope.transaction(em -> em.createQuery("select count(t), sum(t.hours) from Training t where t.volunteerId = :v",
                Object[].class).setParameter("v", volunteerId).getSingleResult());
        Long excellent = scope.transaction(em -> em.createQuery("select count(s) from SignUp s where s.volunteerId = :v"
                + " and s.evaluation = :excellent", Long.class).setParameter("v", volunteerId)
                .setParameter("excellent", SignUp.Evaluation.EXCELLENT).getSingleResult());
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return new ServiceCertificate.Content(number(volunteer, today), scope.tenantName(), volunteer.name(), day(served[1]),
                day(served[2]), ((Number) served[0]).intValue(), standing.minutesServed(), standing.stars(),
                ((Number) trained[0]).intValue(), trained[1] == null ? 0 : ((Number) trained[1]).intValue(),
                new Nominations(scope).awardsOf(volunteerId).stream().map(n -> n.year() + "年度" + n.award()).toList(),
                excellent.intValue(), today);
    }

    /** Writes the volunteer's certificate as PDF; audited as {@code certificate.issue}. */
    public void issue(String volunteerId, OutputStream out) throws IOException {
        ServiceCertificate.Content content = content(volunteerId);
        ServiceCertificate.write(content, out);
        scope.audit("certificate.issue", volunteerId, org.qiaoyun.api.Text.of("volunteers.audit.certificate", content.number(),
                ServiceCertificate.hours(content.minutesServed())));
    }

    /** Federation, volunteer and day: the same certificate asked for twice on one day has the same number. */
    private String number(Volunteer volunteer, LocalDate today) {
        return scope.tenantCode().toUpperCase(Locale.ROOT) + "-" + volunteer.id().substring(0, 8).toUpperCase(Locale.ROOT)
                + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static LocalDate day(Object shiftStart) {
        return shiftStart == null ? null : ((OffsetDateTime) shiftStart).atZoneSameInstant(CHINA).toLocalDate();
    }
}
