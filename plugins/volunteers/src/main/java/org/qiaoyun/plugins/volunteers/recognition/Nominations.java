package org.qiaoyun.plugins.volunteers.recognition;

import java.time.Clock;
import java.util.List;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/** Nominations for recognition: organisers propose, the federation's admins decide. Every step audited. */
public final class Nominations {

    private final TenantScope scope;
    private final Clock clock;

    public Nominations(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** Proposes an approved volunteer for an award of a year; one open or endorsed nomination per award, year and person. */
    public Nomination propose(String volunteerId, String award, int year, String reason) {
        Permissions.requireOrganiser(scope);
        Nomination nomination = Nomination.propose(volunteerId, award, year, reason, Permissions.caller(scope), clock.instant());
        return scope.transaction(em -> {
            Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId);
            if (volunteer == null) {
                throw new UnknownObjectException(Text.of("volunteers.volunteer.unknown", volunteerId));
            }
            long already = em.createQuery("select count(n) from Nomination n where n.volunteerId = :v and n.award = :award"
                            + " and n.year = :year and n.status <> :declined", Long.class)
                    .setParameter("v", volunteerId).setParameter("award", nomination.award()).setParameter("year", year)
                    .setParameter("declined", Nomination.Status.DECLINED).getSingleResult();
            if (already > 0) {
                throw new ConflictException("award", Text.of("volunteers.recognition.nominated-already", volunteer.name(), nomination.award(), String.valueOf(year)));
            }
            em.persist(nomination);
            scope.audit("nomination.propose", nomination.id(), org.qiaoyun.api.Text.of("volunteers.audit.nomination", nomination.award(), year));
            return nomination;
        });
    }

    /** The admin endorses or declines a nomination as they saw it (a stale version is refused). */
    public Nomination decide(String nominationId, long seenVersion, boolean endorse, String note) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Nomination nomination = nominationId == null ? null : em.find(Nomination.class, nominationId);
            if (nomination == null) {
                throw new UnknownObjectException(Text.of("volunteers.nomination.unknown", nominationId));
            }
            if (nomination.version() != seenVersion) {
                throw new StaleVersionException();
            }
            nomination.decide(endorse, note, Permissions.caller(scope), clock.instant());
            scope.audit(endorse ? "nomination.endorse" : "nomination.decline", nominationId,
                    org.qiaoyun.api.Text.of("volunteers.audit.nomination", nomination.award(), nomination.year()));
            return nomination;
        });
    }

    /**
     * Sends an endorsed nomination up to the platform's nominations as 最美基层侨联志愿者, for the federation
     * {@code awardingFederation} above to decide (the levels between recommend or decline it): admins, once. The
     * volunteer's name and the reasons go with it, as a nomination names its nominee.
     */
    public Nomination sendUp(String nominationId, long seenVersion, String awardingFederation) {
        Permissions.requireAdmin(scope);
        Nomination checked = scope.transaction(em -> {
            Nomination nomination = nominationId == null ? null : em.find(Nomination.class, nominationId);
            if (nomination == null) {
                throw new UnknownObjectException(Text.of("volunteers.nomination.unknown", nominationId));
            }
            if (nomination.version() != seenVersion) {
                throw new StaleVersionException();
            }
            if (nomination.status() != Nomination.Status.ENDORSED || nomination.sentUpTo() != null) {
                nomination.sentUp("-", awardingFederation); // refuses, naming why
            }
            return nomination;
        });
        String nominee = scope.transaction(em -> em.find(Volunteer.class, checked.volunteerId()).name());
        String platformId = scope.recognition().nominate(org.qiaoyun.api.recognition.Recognition.Award.VOLUNTEER, checked.year(),
                nominee, checked.reason(), awardingFederation);
        return scope.transaction(em -> {
            Nomination nomination = em.find(Nomination.class, nominationId);
            nomination.sentUp(platformId, awardingFederation);
            scope.audit("nomination.send-up", nominationId, org.qiaoyun.api.Text.of("volunteers.audit.nomination", nomination.award(), nomination.year()));
            return nomination;
        });
    }

    /** Nominations of the federation, newest first, optionally of one status (organisers). */
    public Page<Nomination> find(Nomination.Status status, int page, int size) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> new Filter("Nomination n")
                .where("n.status = :status", "status", status)
                .page(em, Nomination.class, "n.nominatedAt desc, n.id", page, size));
    }

    /** The awards endorsed for a volunteer, latest year first: their record of recognition. */
    public List<Nomination> awardsOf(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select n from Nomination n where n.volunteerId = :v and n.status = :endorsed"
                        + " order by n.year desc, n.award", Nomination.class)
                .setParameter("v", volunteerId).setParameter("endorsed", Nomination.Status.ENDORSED).getResultList());
    }
}
