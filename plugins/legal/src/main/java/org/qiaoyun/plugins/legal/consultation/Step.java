package org.qiaoyun.plugins.legal.consultation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The steps of a consultation, declared once: from which statuses each may be taken, who takes it, and
 * where it leads (null: the status stays). The refusal of a step out of turn, the steps a matter offers
 * next (REST's {@code nextActions}, the matter screen's buttons) and the step names on the wire and on the
 * timeline ({@code legal.step.<wire>}) all read this table.
 */
public enum Step {

    CHECK_CONFLICTS("check-conflicts", Who.HEAD, Status.CHECKED, Status.RECEIVED),
    ASSIGN("assign", Who.HEAD, Status.ASSIGNED, Status.CHECKED),
    /** Another adviser takes over; the status and the deadlines stay. */
    REASSIGN("reassign", Who.HEAD, null, Status.ASSIGNED, Status.ACKNOWLEDGED),
    ACKNOWLEDGE("acknowledge", Who.HANDLERS, Status.ACKNOWLEDGED, Status.ASSIGNED),
    ANSWER("answer", Who.HANDLERS, Status.ANSWERED, Status.ACKNOWLEDGED),
    CLOSE("close", Who.HANDLERS, Status.CLOSED, Status.ANSWERED),
    /** A letter sent to the public body a petition complains of, or its reply: the follow-up until resolved (petitions only). */
    LETTER("letter", Who.HANDLERS, null, Status.ACKNOWLEDGED, Status.ANSWERED),
    NOTE("note", Who.HANDLERS, null, Status.RECEIVED, Status.CHECKED, Status.ASSIGNED, Status.ACKNOWLEDGED, Status.ANSWERED),
    /** From then on only the head reads the matter. */
    SEAL("seal", Who.HEAD, null, Status.RECEIVED, Status.CHECKED, Status.ASSIGNED, Status.ACKNOWLEDGED, Status.ANSWERED, Status.CLOSED);

    /** Who takes a step. */
    public enum Who {
        /** The head of the matter's centre. */
        HEAD,
        /** The assigned adviser (through their account) and the head, who records the steps of an external lawyer. */
        HANDLERS
    }

    private final String wire;
    private final Who who;
    private final Status to;
    private final Set<Status> from;

    Step(String wire, Who who, Status to, Status first, Status... more) {
        this.wire = wire;
        this.who = who;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public String wire() {
        return wire;
    }

    public Who who() {
        return who;
    }

    /** The status the step leads to, or the one given when the step keeps it. */
    public Status leadsFrom(Status current) {
        return to == null ? current : to;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    /** The steps a consultation in this status offers to a caller who is {@code caller} (head, handler or both). */
    public static List<Step> offered(Status status, boolean sealed, Set<Who> caller) {
        return offered(status, sealed, false, caller);
    }

    /** The same for a consultation or a petition, which alone follows up by letters. */
    public static List<Step> offered(Status status, boolean sealed, boolean petition, Set<Who> caller) {
        return Stream.of(values()).filter(step -> step.allowedFrom(status) && caller.contains(step.who))
                .filter(step -> !(step == SEAL && sealed)).filter(step -> petition || step != LETTER).toList();
    }

    /** The step of this name; a refusal naming the field {@code step} for any other. */
    public static Step of(String wire) {
        return Stream.of(values()).filter(step -> step.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new InvalidInputException("step", Text.of("legal.step.unknown", wire == null ? "" : wire)));
    }
}
