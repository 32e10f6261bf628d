package org.qiaoyun.plugins.legal.education;

import java.time.YearMonth;

import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.LegalIndicators;
import org.qiaoyun.plugins.legal.Permissions;

/**
 * Recording the federation's legal education sessions (advisers, organisers and admins) and listing them
 * (every member: sessions are public work). Each record recounts the month's figures.
 */
public final class EducationSessions {

    private final TenantScope scope;

    public EducationSessions(TenantScope scope) {
        this.scope = scope;
    }

    public EducationSession record(EducationSession.Details details) {
        if (!scope.callerHas(Permissions.ADVISER) && !scope.callerHas("organiser") && !scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("legal.role.education"));
        }
        return scope.transaction(em -> {
            EducationSession session = EducationSession.record(details, ChinaTime.today(scope), Permissions.caller(scope),
                    scope.clock().instant());
            em.persist(session);
            scope.audit("education.record", session.id(), Text.of("legal.audit.education", session.heldOn().toString(), session.attendance()));
            LegalIndicators.refresh(scope);
            return session;
        });
    }

    /** The sessions, newest first; {@code month} and {@code text} (in the topic) narrow them. */
    public Page<EducationSession> page(YearMonth month, String text, int page, int size) {
        return scope.transaction(em -> new Filter("EducationSession s")
                .where("s.heldOn >= :from", "from", month == null ? null : month.atDay(1))
                .where("s.heldOn <= :to", "to", month == null ? null : month.atEndOfMonth())
                .contains("s.topic", "text", text)
                .page(em, EducationSession.class, "s.heldOn desc, s.id", page, size));
    }
}
