package org.qiaoyun.plugins.legal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.Filter;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.LegalIndicators;
import org.qiaoyun.plugins.legal.Permissions;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;

/**
 * The work with consultations, for every way in (REST, screens, demo data): intake with its conflict check,
 * the steps of {@link Step}, the work list and the timeline. Every read of a matter goes through
 * {@link Confidentiality} and is audited; every step runs in one transaction with its timeline event, its
 * audit entry (a coded summary, no personal data) and the month's figures.
 */
public final class Consultations {

    private final TenantScope scope;
    private final IdVault vault;

    /** @param vault keeps ID numbers; null when the module has no key (then ID numbers are refused) */
    public Consultations(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** Takes a consultation in at a station, its deadlines counted on the official calendar. */
    public Consultation takeIn(Consultation.Intake intake) {
        return takeIn(intake, null, null, false);
    }

    /**
     * Takes a petition or rights case (信访维权) in: a consultation that complains of a public body
     * ({@code respondent}) and asks something of it ({@code request}), followed up by letters until resolved.
     */
    public Consultation takeInPetition(Consultation.Intake intake, String respondent, String request) {
        return takeIn(intake, respondent, request, true);
    }

    private Consultation takeIn(Consultation.Intake intake, String respondent, String request, boolean petition) {
        return scope.transaction(em -> {
            if (!Permissions.takesIn(scope) && headedCentres(em).isEmpty()) {
                throw new PermissionDeniedException(Text.of("legal.role.intake"));
            }
            Station station = intake.stationId() == null ? null : em.find(Station.class, intake.stationId());
            if (station == null) {
                throw new InvalidInputException("stationId", Text.of("legal.station.unknown", intake.stationId() == null ? "" : intake.stationId()));
            }
            LocalDate today = ChinaTime.today(scope);
            Consultation.KeptId id = keep(intake, today);
            Deadlines.Terms terms = Deadlines.terms(em);
            Deadlines.Pair due = Deadlines.count(Calendars.calendar(em), today, terms);
            Consultation c = Consultation.takeIn(intake, station.centreId(), id, today, due, Permissions.caller(scope), scope.clock().instant());
            c.countedUnder(terms);
            if (petition) {
                c.petition(respondent, request);
            }
            em.persist(c);
            for (Party party : parties(c, intake, id)) {
                em.persist(party);
            }
            em.persist(new MatterEvent(c.id(), scope.clock().instant(), Permissions.caller(scope), "intake", null, Status.RECEIVED,
                    Text.of("legal.event.intake", Text.of("legal.channel." + c.channel())).stored()));
            scope.audit("consultation.intake", c.id(), Text.of(petition ? "legal.audit.intake-petition" : "legal.audit.intake",
                    Text.of("legal.category." + c.category()),
                    Text.of("legal.channel." + c.channel())));
            LegalIndicators.refresh(scope);
            return c;
        });
    }

    private Consultation.KeptId keep(Consultation.Intake intake, LocalDate today) {
        if (intake.residentId() == null || intake.residentId().isBlank()) {
            return Consultation.KeptId.NONE;
        }
        if (vault == null) {
            throw new InvalidInputException("residentId", Text.of("legal.person.id-not-kept"));
        }
        IdentityDocument checked = intake.document(today).orElseThrow();
        return new Consultation.KeptId(vault.encrypt(checked), checked.masked(), vault.hash(checked), checked.kind(),
                checked.country().orElse(null), vault.keyId());
    }

    private static List<Party> parties(Consultation c, Consultation.Intake intake, Consultation.KeptId id) {
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(c.id(), true, c.personName(), c.personPhone(), id.hash()));
        if (intake.parties() != null) {
            intake.parties().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank())
                    .forEach(p -> parties.add(new Party(c.id(), false, p.name(), p.phone(), null)));
        }
        return parties;
    }

    /** Another matter found by the conflict check, as its head sees it. */
    public record ConflictingMatter(String id, Category category, Status status, LocalDate receivedOn, Set<String> matches,
                                    Set<String> names) {
    }

    /**
     * What the conflict check found: how many other matters name these people, and those of them whose centre
     * the caller heads (others, and all for a caller who heads nothing, only counted: the intake clerk learns
     * that the head will look, not what the matters are).
     */
    public record Conflicts(int count, List<ConflictingMatter> shown) {
    }

    /**
     * The check on an intake not saved yet: the intake form shows it before saving. Only those who take matters
     * in may ask (anyone else could learn, by trying names, whom the federation's legal matters concern).
     */
    public Conflicts preview(Consultation.Intake intake) {
        return scope.transaction(em -> {
            if (!Permissions.takesIn(scope) && headedCentres(em).isEmpty()) {
                throw new PermissionDeniedException(Text.of("legal.role.intake"));
            }
            LocalDate today = ChinaTime.today(scope);
            String hash = null;
            List<String> hashes = List.of();
            if (vault != null) {
                hash = intake.document(today).map(vault::hash).orElse(null);
                hashes = intake.document(today).map(vault::hashes).orElse(List.of());
            }
            List<Party> probe = new ArrayList<>();
            if (intake.personName() != null && !intake.personName().isBlank()) {
                probe.add(new Party(null, true, intake.personName(), intake.personPhone(), hash));
            }
            if (intake.parties() != null) {
                intake.parties().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank())
                        .forEach(p -> probe.add(new Party(null, false, p.name(), p.phone(), null)));
            }
            if (probe.isEmpty()) { // nothing to look for: say so rather than report "no conflict"
                throw new org.qiaoyun.api.InvalidInputException("personName", Text.of("legal.consultation.person-required"));
            }
            return shown(em, ConflictCheck.find(em, ConflictCheck.Probe.of(probe, hashes), null));
        });
    }

    /** The check on a matter taken in: for its head, before deciding it. */
    public Conflicts conflicts(String consultationId) {
        return scope.transaction(em -> {
            Consultation c = readable(em, consultationId);
            requireHead(em, c);
            return shown(em, ConflictCheck.find(em, probe(em, c), c.id()));
        });
    }

    /**
     * The people a matter names, to look for in others. While a key rotation runs, the person asking is looked for
     * under both keys' hashes: the other matters' parties may still carry the previous key's.
     */
    private ConflictCheck.Probe probe(EntityManager em, Consultation c) {
        List<String> more = vault != null && vault.rotating()
                ? c.document(vault, ChinaTime.today(scope)).map(vault::hashes).orElse(List.of())
                : List.of();
        return ConflictCheck.Probe.of(partiesOf(em, c.id()), more);
    }

    private Conflicts shown(EntityManager em, List<ConflictCheck.Found> found) {
        Set<String> headed = new HashSet<>(headedCentres(em));
        List<ConflictingMatter> shown = new ArrayList<>();
        for (ConflictCheck.Found f : found) {
            Consultation other = em.find(Consultation.class, f.consultationId());
            if (other != null && headed.contains(other.centreId())) {
                shown.add(new ConflictingMatter(other.id(), other.category(), other.status(), other.receivedOn(),
                        f.matches().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), f.names()));
            }
        }
        if (!shown.isEmpty()) {
            scope.audit("consultation.conflicts", "consultations", Text.of("legal.audit.conflicts", found.size(), shown.size()));
        }
        return new Conflicts(found.size(), shown);
    }

    private static List<Party> partiesOf(EntityManager em, String consultationId) {
        return em.createQuery("select p from Party p where p.consultationId = :c", Party.class).setParameter("c", consultationId).getResultList();
    }

    /** One matter, for its head and its adviser (anyone else: as if it did not exist). The read is audited. */
    public Consultation get(String consultationId) {
        return scope.transaction(em -> {
            Consultation c = readable(em, consultationId);
            scope.audit("consultation.read", c.id());
            return c;
        });
    }

    /** The matter's timeline, oldest first. */
    public List<MatterEvent> timeline(String consultationId) {
        return scope.transaction(em -> {
            readable(em, consultationId);
            scope.audit("consultation.timeline", consultationId);
            return em.createQuery("select e from MatterEvent e where e.consultationId = :c order by e.seq, e.id", MatterEvent.class)
                    .setParameter("c", consultationId).getResultList();
        });
    }

    /** The files of a matter (documents, photos the person brought): for whoever may read the matter. */
    public List<org.qiaoyun.api.files.Attachment> attachments(String consultationId) {
        return scope.transaction(em -> {
            readable(em, consultationId);
            return scope.files().of(fileRecord(consultationId));
        });
    }

    /**
     * Keeps a document or photo with the matter, for its head and adviser (a sealed matter: its head only); the
     * timeline says a file was added, not what it holds.
     */
    public org.qiaoyun.api.files.Attachment attach(String consultationId, String fileName, byte[] content) {
        return scope.transaction(em -> {
            readable(em, consultationId);
            return scope.files().attach(fileRecord(consultationId), fileName, content);
        });
    }

    /** A file of the matter, opened (audited by the platform) for whoever may read the matter. */
    public org.qiaoyun.api.files.Attachments.Opened openAttachment(String consultationId, String attachmentId) {
        return scope.transaction(em -> {
            readable(em, consultationId);
            requireFileOf(consultationId, attachmentId);
            return scope.files().open(attachmentId);
        });
    }

    /** Removes a file of the matter (audited): its head and adviser, as they may add one. */
    public void removeAttachment(String consultationId, String attachmentId) {
        scope.transaction(em -> {
            readable(em, consultationId);
            requireFileOf(consultationId, attachmentId);
            scope.files().remove(attachmentId);
            return null;
        });
    }

    /**
     * The matter's files as a screen works with them: every call goes through the checks above (who may read the
     * matter), whatever record the caller names.
     */
    public org.qiaoyun.api.files.Attachments filesOf(String consultationId) {
        return org.qiaoyun.api.files.Attachments.ofOneRecord((name, content) -> attach(consultationId, name, content),
                () -> attachments(consultationId), id -> openAttachment(consultationId, id), id -> removeAttachment(consultationId, id));
    }

    /** Whose files: one matter's, under the module's own name for it. */
    public static String fileRecord(String consultationId) {
        return "consultation/" + consultationId;
    }

    private void requireFileOf(String consultationId, String attachmentId) {
        if (scope.files().of(fileRecord(consultationId)).stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new UnknownObjectException(Text.of("platform.file.unknown"));
        }
    }

    /** The document of the person asking as revealed to the head: its kind and full number. */
    public record Revealed(org.qiaoyun.api.personal.DocumentKind kind, String number) {
    }

    /** The full ID number of the person asking: for the head only, every reveal audited. */
    public String revealId(String consultationId) {
        return revealDocument(consultationId).number();
    }

    /** The kind and full number of the document of the person asking: for the head only, every reveal audited. */
    public Revealed revealDocument(String consultationId) {
        return scope.transaction(em -> {
            Consultation c = readable(em, consultationId);
            requireHead(em, c);
            if (c.idCipher() == null || vault == null) {
                throw new UnknownObjectException(Text.of("legal.person.no-id"));
            }
            scope.audit("consultation.reveal-id", c.id());
            return new Revealed(c.documentKind(), vault.decrypt(c.idCipher()));
        });
    }

    /** The head decides the conflict check; the matters found are kept with a decision of conflict. */
    public Consultation checkConflicts(String consultationId, Long version, ConflictDecision decision, String note) {
        return step(consultationId, version, Step.CHECK_CONFLICTS, (em, c) -> {
            Set<String> found = new java.util.TreeSet<>();
            if (decision == ConflictDecision.CONFLICT) {
                ConflictCheck.find(em, probe(em, c), c.id()).forEach(f -> found.add(f.consultationId()));
            }
            return c.checkConflicts(Permissions.caller(scope), decision, found, note, scope.clock().instant());
        });
    }

    /** The head assigns (or reassigns) the matter to an active adviser of the federation. */
    public Consultation assign(String consultationId, Long version, String adviserId) {
        return scope.transaction(em -> {
            Consultation current = readable(em, consultationId);
            Step step = current.status() == Status.CHECKED ? Step.ASSIGN : Step.REASSIGN;
            return step(consultationId, version, step, (em2, c) -> {
                Adviser adviser = adviserId == null ? null : em2.find(Adviser.class, adviserId);
                if (adviser == null || !adviser.active()) {
                    throw new InvalidInputException("adviserId", Text.of("legal.adviser.not-of-tenant"));
                }
                Set<String> theirs = new HashSet<>(em2.createQuery("select c.id from Consultation c where c.adviserId = :a", String.class)
                        .setParameter("a", adviser.id()).getResultList());
                return c.assign(Permissions.caller(scope), adviser.id(), adviser.name(), theirs, scope.clock().instant());
            });
        });
    }

    public Consultation acknowledge(String consultationId, Long version, String note) {
        return step(consultationId, version, Step.ACKNOWLEDGE,
                (em, c) -> c.acknowledge(Permissions.caller(scope), ChinaTime.today(scope), note, scope.clock().instant()));
    }

    public Consultation answer(String consultationId, Long version, String answer) {
        return step(consultationId, version, Step.ANSWER,
                (em, c) -> c.answer(Permissions.caller(scope), ChinaTime.today(scope), answer, scope.clock().instant()));
    }

    public Consultation close(String consultationId, Long version, Consultation.Closing closing) {
        return step(consultationId, version, Step.CLOSE,
                (em, c) -> c.close(Permissions.caller(scope), ChinaTime.today(scope), closing, scope.clock().instant()));
    }

    public Consultation note(String consultationId, Long version, String note) {
        return step(consultationId, version, Step.NOTE, (em, c) -> c.note(Permissions.caller(scope), note, scope.clock().instant()));
    }

    public Consultation seal(String consultationId, Long version) {
        return step(consultationId, version, Step.SEAL, (em, c) -> c.seal(Permissions.caller(scope), scope.clock().instant()));
    }

    /**
     * Records a letter of a petition's follow-up: one sent to the public body (its reply due by the law's limit),
     * or a reply received, which settles the letter it answers. The work list's deadline follows the earliest
     * reply still awaited.
     */
    public Consultation recordLetter(String consultationId, Long version, Letter.Details details) {
        return step(consultationId, version, Step.LETTER, (em, c) -> {
            Letter letter = Letter.of(c.id(), details, ChinaTime.today(scope), Permissions.caller(scope), scope.clock().instant());
            if (letter.direction() == Letter.Direction.RECEIVED && details.answers() != null && !details.answers().isBlank()) {
                Letter sent = em.find(Letter.class, details.answers());
                if (sent == null || !sent.consultationId().equals(c.id())) {
                    throw new InvalidInputException("answers", Text.of("legal.letter.unknown", details.answers()));
                }
                sent.answeredBy(letter);
            }
            em.persist(letter);
            LocalDate awaited = em.createQuery("select min(l.replyDue) from Letter l where l.consultationId = :c"
                    + " and l.direction = :sent and l.answeredBy is null", LocalDate.class)
                    .setParameter("c", c.id()).setParameter("sent", Letter.Direction.SENT).getSingleResult();
            return c.letter(Permissions.caller(scope), letter, awaited, scope.clock().instant());
        });
    }

    /** A petition's letters, oldest first. */
    public List<Letter> letters(String consultationId) {
        return scope.transaction(em -> {
            readable(em, consultationId);
            return em.createQuery("select l from Letter l where l.consultationId = :c order by l.day, l.createdAt, l.id", Letter.class)
                    .setParameter("c", consultationId).getResultList();
        });
    }

    /** The steps the caller may take on the matter now: the buttons of its screen, {@code nextActions} in REST. */
    public List<Step> offered(Consultation c) {
        return scope.transaction(em -> Step.offered(c.status(), c.sealed(), c.isPetition(), who(em, c)));
    }

    private Consultation step(String consultationId, Long version, Step step, BiFunction<EntityManager, Consultation, MatterEvent> action) {
        return scope.transaction(em -> {
            Consultation c = readable(em, consultationId);
            em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            StaleVersionException.unlessCurrent(version, c.version());
            if (!who(em, c).contains(step.who())) {
                throw new PermissionDeniedException(Text.of("legal.step.head-only", Text.of("legal.step." + step.wire())));
            }
            long before = em.createQuery("select count(e) from MatterEvent e where e.consultationId = :c", Long.class)
                    .setParameter("c", c.id()).getSingleResult();
            MatterEvent event = action.apply(em, c).after(before);
            em.persist(event);
            scope.audit("consultation." + step.wire(), c.id(), Text.of("legal.audit.step", Text.of("legal.status." + event.from()),
                    Text.of("legal.status." + event.to())));
            LegalIndicators.refresh(scope);
            return c;
        });
    }

    /** Which matters to list; any part may be null or false. {@code text} matches the name of the person asking. */
    public record WorkSearch(boolean mine, boolean dueSoon, boolean overdue, Status status, Category category, String stationId,
                             String text, Boolean open, Boolean petition) {

        public WorkSearch(boolean mine, boolean dueSoon, boolean overdue, Status status, Category category, String stationId,
                          String text, Boolean open) {
            this(mine, dueSoon, overdue, status, category, stationId, text, open, null);
        }

        public static WorkSearch all() {
            return new WorkSearch(false, false, false, null, null, null, null, null, null);
        }
    }

    /** Days ahead a deadline counts as due soon on the work list. */
    public static final int DUE_SOON_DAYS = 3;

    /** The work list: the matters the caller reads, most urgent first, a page at a time. The read is audited. */
    public Page<Consultation> page(WorkSearch search, int page, int size) {
        return scope.transaction(em -> {
            Page<Consultation> found = filter(em, search).page(em, Consultation.class, "c.nextDue, c.receivedOn desc, c.id", page, size);
            scope.audit("consultation.list", "consultations", Text.of("legal.audit.listed", found.items().size(), Page.firstRow(page, size)));
            return found;
        });
    }

    private Filter filter(EntityManager em, WorkSearch search) {
        LocalDate today = ChinaTime.today(scope);
        String me = Permissions.caller(scope);
        Filter filter = new Filter("Consultation c").where(Confidentiality.READABLE, "me", me)
                .where("c.status = :status", "status", search.status())
                .where("c.category = :category", "category", search.category())
                .where("c.stationId = :station", "station", search.stationId())
                .where("c.petition = :petition", "petition", search.petition())
                .contains("c.personName", "text", search.text())
                .where("c.adviserId in (select a.id from Adviser a where a.username = :mine)", "mine", search.mine() ? me : null)
                .where("c.nextDue < :today", "today", search.overdue() ? today : null)
                .where("c.nextDue >= :soonFrom", "soonFrom", search.dueSoon() ? today : null)
                .where("c.nextDue <= :soonTo", "soonTo", search.dueSoon() ? today.plusDays(DUE_SOON_DAYS) : null);
        if (search.open() != null) {
            filter.where(search.open() ? "c.status <> :closed" : "c.status = :closed", "closed", Status.CLOSED);
        }
        return filter;
    }

    /** The most matters one export holds. */
    public static final int EXPORT_LIMIT = 10_000;

    /**
     * The matters of the work list the caller reads, for a spreadsheet (at most {@value #EXPORT_LIMIT}, most
     * urgent first), with the names of their advisers. Taking personal data away is audited as such.
     */
    public record Export(List<Consultation> matters, java.util.Map<String, String> advisers) {
    }

    public Export export(WorkSearch search) {
        return scope.transaction(em -> {
            List<Consultation> matters = filter(em, search).rows(em, Consultation.class, "c.nextDue, c.receivedOn desc, c.id", 0, EXPORT_LIMIT);
            java.util.Map<String, String> advisers = new java.util.HashMap<>();
            em.createQuery("select a from Adviser a", Adviser.class).getResultList().forEach(a -> advisers.put(a.id(), a.name()));
            scope.audit("consultation.export", "consultations", Text.of("legal.audit.exported", matters.size()));
            return new Export(matters, advisers);
        });
    }

    /** A matter the caller reads, or a refusal as if it did not exist. */
    private Consultation readable(EntityManager em, String consultationId) {
        Consultation c = consultationId == null ? null : em.find(Consultation.class, consultationId);
        if (c == null || !Confidentiality.mayRead(Permissions.caller(scope), head(em, c), adviserAccount(em, c), c.sealed())) {
            throw new UnknownObjectException(Text.of("legal.consultation.unknown", consultationId == null ? "" : consultationId));
        }
        return c;
    }

    private Set<Step.Who> who(EntityManager em, Consultation c) {
        String me = Permissions.caller(scope);
        Set<Step.Who> who = EnumSet.noneOf(Step.Who.class);
        if (me.equals(head(em, c))) {
            who.add(Step.Who.HEAD);
            who.add(Step.Who.HANDLERS);
        } else if (!c.sealed() && me.equals(adviserAccount(em, c))) {
            who.add(Step.Who.HANDLERS);
        }
        return who;
    }

    private void requireHead(EntityManager em, Consultation c) {
        if (!Permissions.caller(scope).equals(head(em, c))) {
            throw new PermissionDeniedException(Text.of("legal.role.head"));
        }
    }

    private static String head(EntityManager em, Consultation c) {
        Station centre = em.find(Station.class, c.centreId());
        return centre == null ? null : centre.head();
    }

    private static String adviserAccount(EntityManager em, Consultation c) {
        Adviser adviser = c.adviserId() == null ? null : em.find(Adviser.class, c.adviserId());
        return adviser == null ? null : adviser.username().orElse(null);
    }

    private List<String> headedCentres(EntityManager em) {
        return em.createQuery("select s.id from Station s where s.head = :me", String.class)
                .setParameter("me", Permissions.caller(scope)).getResultList();
    }

    /** Whether the caller heads a centre of the federation (the assignment desk is theirs). */
    public boolean callerIsHead() {
        return scope.transaction(em -> !headedCentres(em).isEmpty());
    }

    /** The adviser record of the caller, if the caller is one of the federation's advisers. */
    public java.util.Optional<Adviser> callerAsAdviser() {
        return scope.transaction(em -> Network.byUsername(em, Permissions.caller(scope)));
    }
}
