package org.qiaoyun.plugins.aid.files;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.casework.AidCase;

/**
 * The papers kept with a person or a case: poverty certificates (贫困证明), hospital bills, admission letters,
 * photos of a home visit. Kept by the platform's file service ({@link TenantScope#files()}), which seals them,
 * tells their type by their content and audits every reading, attaching and removal. Who may see the record
 * may see and open its files (caseworkers, admins and the federation's viewers); who may change the record
 * (caseworkers and admins) adds and removes them. Every call names the record it works on and is checked
 * here, whatever a screen shows. A campaign household's files (the signed receipt) are also for its visitor, who may
 * be any user of the federation: they see and add the files of the households given to them, and no others.
 */
public final class AidFiles {

    /** Whose files: a beneficiary's (documents about the person) or a case's (what the request rests on). */
    public enum Holder {
        BENEFICIARY("beneficiary"), CASE("case"),
        /** A campaign's household: the photo of the receipt signed at the visit (签收). */
        HOUSEHOLD("campaign-household");

        private final String prefix;

        Holder(String prefix) {
            this.prefix = prefix;
        }

        /** The record's name in the platform's file service, under the module's own name for it. */
        public String record(String id) {
            return prefix + "/" + id;
        }
    }

    private final TenantScope scope;

    public AidFiles(TenantScope scope) {
        this.scope = scope;
    }

    /** The record's files, oldest first: what they are, not what they hold. */
    public List<Attachment> of(Holder holder, String id) {
        return scope.transaction(em -> {
            requireReader(em, holder, id);
            requireRecord(em, holder, id);
            return scope.files().of(holder.record(id));
        });
    }

    /** Keeps a file with the record (caseworkers and admins; audited by the platform). */
    public Attachment attach(Holder holder, String id, String fileName, byte[] content) {
        return scope.transaction(em -> {
            requireChanger(em, holder, id);
            requireRecord(em, holder, id);
            Attachment kept = scope.files().attach(holder.record(id), fileName, content);
            onTimeline(em, holder, id, "attach", kept.fileName());
            return kept;
        });
    }

    /** A file of the record with its content, for whoever may read the record; the reading is audited. */
    public Attachments.Opened open(Holder holder, String id, String fileId) {
        return scope.transaction(em -> {
            requireReader(em, holder, id);
            requireRecord(em, holder, id);
            requireFileOf(holder, id, fileId);
            return scope.files().open(fileId);
        });
    }

    /** A case's papers added and removed show on its timeline (those of people and campaign records have none). */
    private void onTimeline(EntityManager em, Holder holder, String id, String action, String fileName) {
        if (holder == Holder.CASE) {
            em.persist(em.find(AidCase.class, id).noted(Permissions.caller(scope), action,
                    Text.of("attach".equals(action) ? "aid.event.paper-added" : "aid.event.paper-removed", fileName), scope.clock().instant()));
        }
    }

    /** Removes a file of the record (caseworkers and admins; audited: that it was there, not what it held). */
    public void remove(Holder holder, String id, String fileId) {
        scope.transaction(em -> {
            requireChanger(em, holder, id);
            requireRecord(em, holder, id);
            requireFileOf(holder, id, fileId);
            String name = scope.files().of(holder.record(id)).stream().filter(file -> file.id().equals(fileId))
                    .map(Attachment::fileName).findFirst().orElse(fileId);
            scope.files().remove(fileId);
            onTimeline(em, holder, id, "detach", name);
            return null;
        });
    }

    /**
     * The record's files as a screen works with them: every call goes through the checks above for this record,
     * whatever record the caller names.
     */
    public Attachments filesOf(Holder holder, String id) {
        return Attachments.ofOneRecord((name, content) -> attach(holder, id, name, content), () -> of(holder, id),
                fileId -> open(holder, id, fileId), fileId -> remove(holder, id, fileId));
    }

    /** Whether the caller may add and remove files (as they may change the record). */
    public boolean mayChange() {
        return scope.callerHas("caseworker") || scope.callerHas("admin");
    }

    private void requireReader(EntityManager em, Holder holder, String id) {
        if (!visits(em, holder, id)) {
            Permissions.requireReaderOfPeople(scope);
        }
    }

    private void requireChanger(EntityManager em, Holder holder, String id) {
        if (!visits(em, holder, id)) {
            Permissions.requireCaseworker(scope);
        }
    }

    /** Whether the record is a campaign household given to the caller to visit. */
    private boolean visits(EntityManager em, Holder holder, String id) {
        if (holder != Holder.HOUSEHOLD || id == null) {
            return false;
        }
        Household household = em.find(Household.class, id);
        return household != null && Permissions.caller(scope).equals(household.visitor());
    }

    private static void requireRecord(EntityManager em, Holder holder, String id) {
        boolean exists = id != null && switch (holder) {
            case BENEFICIARY -> Beneficiaries.exists(em, id);
            case CASE -> em.find(AidCase.class, id) != null;
            case HOUSEHOLD -> em.find(Household.class, id) != null;
        };
        if (!exists) {
            throw new UnknownObjectException(switch (holder) {
                case CASE -> Text.of("aid.case.unknown", id);
                case BENEFICIARY -> Text.of("aid.beneficiary.unknown", id);
                case HOUSEHOLD -> Text.of("aid.campaign.household-unknown", id);
            });
        }
    }

    private void requireFileOf(Holder holder, String id, String fileId) {
        if (scope.files().of(holder.record(id)).stream().noneMatch(a -> a.id().equals(fileId))) {
            throw new UnknownObjectException(Text.of("platform.file.unknown"));
        }
    }
}
