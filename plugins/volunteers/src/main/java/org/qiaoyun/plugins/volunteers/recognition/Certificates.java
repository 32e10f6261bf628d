package org.qiaoyun.plugins.volunteers.recognition;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * Issues certificates of service (志愿服务证明) from the record, with what the record rules (志愿服务记录与证明出具办法)
 * ask: the name, the identity document's kind and masked number, the volunteer number, the organisation, the
 * period, the hours (corrections included), what the service was (the activities), the issuing organisation
 * and who issued it, the date, the certificate number and a verification code that the public page
 * ({@link CertificatePages}) confirms. Beside them the stars, training, evaluations and awards. Refused
 * for a volunteer with no hours (there is nothing to certify). For the volunteer themselves and organisers;
 * every certificate issued is kept (number, code, masked name, hours) and audited.
 */
public final class Certificates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final TenantScope scope;
    private final Clock clock;

    public Certificates(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** What a certificate for this volunteer states today (without number and code, which issuing gives it). */
    public ServiceCertificate.Content content(String volunteerId) {
        Registry registry = new Registry(scope);
        Volunteer volunteer = registry.volunteer(volunteerId);
        Permissions.requireSelfOrOrganiser(scope, volunteer.username());
        Registry.Standing standing = registry.standing(volunteer);
        if (standing.minutesServed() <= 0) {
            throw new InvalidInputException("volunteerId", Text.of("volunteers.certificate.no-hours"));
        }
        Object[] served = scope.transaction(em -> em.createQuery("select count(s), min(s.shiftStart), max(s.shiftStart) from SignUp s"
                        + " where s.volunteerId = :v and s.minutes is not null and s.minutes > 0", Object[].class)
                .setParameter("v", volunteerId).getSingleResult());
        java.util.List<String> activities = scope.transaction(em -> em.createQuery("select distinct sh.activity from SignUp s, Shift sh"
                        + " where sh.id = s.shiftId and s.volunteerId = :v and s.minutes is not null and s.minutes > 0"
                        + " order by sh.activity", String.class).setParameter("v", volunteerId).getResultList());
        Object[] trained = scope.transaction(em -> em.createQuery("select count(t), sum(t.hours) from Training t where t.volunteerId = :v",
                Object[].class).setParameter("v", volunteerId).getSingleResult());
        Long excellent = scope.transaction(em -> em.createQuery("select count(s) from SignUp s where s.volunteerId = :v"
                + " and s.evaluation = :excellent", Long.class).setParameter("v", volunteerId)
                .setParameter("excellent", SignUp.Evaluation.EXCELLENT).getSingleResult());
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        String document = volunteer.idMasked() == null ? null
                : Text.of(volunteer.documentKind().textCode()).in(Text.CHINESE, Certificates.class.getClassLoader()) + " "
                        + volunteer.idMasked();
        return new ServiceCertificate.Content(null, scope.tenantName(), volunteer.name(), day(served[1]),
                day(served[2]), ((Number) served[0]).intValue(), standing.minutesServed(), standing.stars(),
                ((Number) trained[0]).intValue(), trained[1] == null ? 0 : ((Number) trained[1]).intValue(),
                new Nominations(scope).awardsOf(volunteerId).stream().map(n -> n.year() + "年度" + n.award()).toList(),
                excellent.intValue(), today, document, volunteerNumber(volunteer), activities, Permissions.caller(scope), null,
                "/p/" + scope.tenantCode() + "/volunteers/c");
    }

    /**
     * Issues the volunteer's certificate: numbered, with its verification code, kept for the public page, and
     * written as PDF; audited as {@code certificate.issue}. Refused (400) for a volunteer with no hours.
     */
    public ServiceCertificate.Content issue(String volunteerId, OutputStream out) throws IOException {
        ServiceCertificate.Content drafted = content(volunteerId);
        IssuedCertificate issued = scope.transaction(em -> {
            String prefix = scope.tenantCode().toUpperCase(Locale.ROOT) + "-" + drafted.issuedOn().format(DateTimeFormatter.BASIC_ISO_DATE)
                    + "-" + volunteerId.substring(0, 8).toUpperCase(Locale.ROOT) + "-";
            long before = em.createQuery("select count(c) from IssuedCertificate c where c.volunteerId = :v and c.issuedOn = :day",
                    Long.class).setParameter("v", volunteerId).setParameter("day", drafted.issuedOn()).getSingleResult();
            IssuedCertificate certificate = IssuedCertificate.of(prefix + (before + 1), volunteerId, drafted, Permissions.caller(scope),
                    clock.instant());
            em.persist(certificate);
            scope.audit("certificate.issue", volunteerId, Text.of("volunteers.audit.certificate", certificate.number(),
                    ServiceCertificate.hours(drafted.minutesServed())));
            return certificate;
        });
        ServiceCertificate.Content content = drafted.issued(issued.number(), issued.code());
        ServiceCertificate.write(content, out);
        return content;
    }

    /**
     * The certificate of this number if the code is its own (anyone, no sign-in: the public verification
     * page). A wrong code and an unknown number look alike.
     */
    public Optional<IssuedCertificate> verify(String number, String code) {
        if (number == null || number.isBlank() || number.length() > 80 || code == null || code.isBlank() || code.length() > 20) {
            return Optional.empty();
        }
        return scope.transaction(em -> em.createQuery("select c from IssuedCertificate c where c.number = :number",
                        IssuedCertificate.class).setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream()
                .filter(c -> c.answers(code)).findFirst());
    }

    /** The volunteer number on the record (志愿者编号): the record's id, short and stable. */
    static String volunteerNumber(Volunteer volunteer) {
        return volunteer.id().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static LocalDate day(Object shiftStart) {
        return shiftStart == null ? null : ((OffsetDateTime) shiftStart).atZoneSameInstant(CHINA).toLocalDate();
    }
}
