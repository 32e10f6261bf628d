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

    /** Whether the caller records sessions (advisers, organisers, admins): they add materials and read attendance lists. */
    public boolean callerRecords() {
        return scope.callerHas(Permissions.ADVISER) || scope.callerHas("organiser") || scope.callerHas("admin");
    }

    private void requireRecorder() {
        if (!callerRecords()) {
            throw new PermissionDeniedException(Text.of("legal.role.education"));
        }
    }

    public EducationSession record(EducationSession.Details details) {
        requireRecorder();
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

    /** The names of those who came, as kept (empty if no list was kept): recorders only, every read audited. */
    public java.util.List<String> attendees(String sessionId) {
        requireRecorder();
        return scope.transaction(em -> {
            EducationSession session = session(em, sessionId);
            scope.audit("education.attendees-read", session.id());
            return session.attendees() == null ? java.util.List.<String>of()
                    : session.attendees().lines().map(String::strip).filter(line -> !line.isBlank()).toList();
        });
    }

    /** The session's materials (slides, leaflets, photos): every member reads them, as the sessions. */
    public java.util.List<org.qiaoyun.api.files.Attachment> materials(String sessionId) {
        return scope.transaction(em -> {
            session(em, sessionId);
            return scope.files().of(fileRecord(sessionId));
        });
    }

    /** Adds a material to a session (recorders). */
    public org.qiaoyun.api.files.Attachment attachMaterial(String sessionId, String fileName, byte[] content) {
        requireRecorder();
        return scope.transaction(em -> {
            session(em, sessionId);
            return scope.files().attach(fileRecord(sessionId), fileName, content);
        });
    }

    /** A material of this session (every member), never another record's file by its id. */
    public org.qiaoyun.api.files.Attachments.Opened openMaterial(String sessionId, String fileId) {
        return scope.transaction(em -> {
            session(em, sessionId);
            requireMaterialOf(sessionId, fileId);
            return scope.files().open(fileId);
        });
    }

    /** Removes a material (recorders). */
    public void removeMaterial(String sessionId, String fileId) {
        requireRecorder();
        scope.transaction(em -> {
            session(em, sessionId);
            requireMaterialOf(sessionId, fileId);
            scope.files().remove(fileId);
            return null;
        });
    }

    /** The session's materials as a screen works with them: every call through the checks above. */
    public org.qiaoyun.api.files.Attachments materialsOf(String sessionId) {
        return org.qiaoyun.api.files.Attachments.ofOneRecord((name, content) -> attachMaterial(sessionId, name, content),
                () -> materials(sessionId), id -> openMaterial(sessionId, id), id -> removeMaterial(sessionId, id));
    }

    /** Whose files: one session's, under the module's own name for it. */
    public static String fileRecord(String sessionId) {
        return "education/" + sessionId;
    }

    private static EducationSession session(jakarta.persistence.EntityManager em, String sessionId) {
        EducationSession session = sessionId == null ? null : em.find(EducationSession.class, sessionId);
        if (session == null) {
            throw new org.qiaoyun.api.UnknownObjectException(Text.of("legal.education.unknown"));
        }
        return session;
    }

    private void requireMaterialOf(String sessionId, String fileId) {
        if (scope.files().of(fileRecord(sessionId)).stream().noneMatch(a -> a.id().equals(fileId))) {
            throw new org.qiaoyun.api.UnknownObjectException(Text.of("platform.file.unknown"));
        }
    }
}
