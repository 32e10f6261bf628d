package org.qiaoyun.plugins.aid.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The steps of an aid case, declared once: from which statuses each may be taken and who takes it. The
 * refusal of a step out of turn ({@link AidCase}), the steps a case offers next (REST's
 * {@code nextActions}, the buttons of the case screen) and the step names on the wire all come from here.
 */
public enum CaseStep {

    SUBMIT("submit", Who.CASEWORKERS, CaseStatus.DRAFT),
    /** A draft nobody will submit (a duplicate, a request taken back) ends here; by its creator or a caseworker. */
    WITHDRAW("withdraw", Who.CASEWORKERS, CaseStatus.DRAFT),
    VERIFY("verify", Who.CASEWORKERS, CaseStatus.SUBMITTED),
    APPROVE("approve", Who.DECIDERS, CaseStatus.VERIFIED),
    REJECT("reject", Who.DECIDERS, CaseStatus.SUBMITTED, CaseStatus.VERIFIED),
    /** Part or all of the approved amount; again while some of it is unpaid. */
    DISBURSE("disburse", Who.CASEWORKERS, CaseStatus.APPROVED, CaseStatus.DISBURSED),
    /** The goods of a case in kind handed over, once; beside the cash, which is paid with disburse. */
    DELIVER("deliver", Who.CASEWORKERS, CaseStatus.APPROVED, CaseStatus.DISBURSED),
    FOLLOW_UP("follow-up", Who.CASEWORKERS, CaseStatus.DISBURSED, CaseStatus.FOLLOW_UP),
    CLOSE("close", Who.CASEWORKERS, CaseStatus.FOLLOW_UP, CaseStatus.REJECTED),
    /**
     * An approved case nothing was paid on (the person moved away or died) is closed, with the reason, by
     * someone who may decide on aid. An approved case has paid nothing: its first payment makes it disbursed.
     */
    CLOSE_UNPAID("close-unpaid", Who.DECIDERS, CaseStatus.APPROVED);

    /** Who takes a step. */
    public enum Who {
        /** Caseworkers and admins of the federation. */
        CASEWORKERS,
        /** Whoever holds a role with an approval limit in the federation ({@link ApprovalLimit}). */
        DECIDERS
    }

    private final String wire;
    private final Who who;
    private final Set<CaseStatus> from;

    CaseStep(String wire, Who who, CaseStatus first, CaseStatus... more) {
        this.wire = wire;
        this.who = who;
        this.from = EnumSet.of(first, more);
    }

    /** The step's name in the API, on the timeline and in the texts ({@code aid.step.<wire>}). */
    public String wire() {
        return wire;
    }

    public Who who() {
        return who;
    }

    /** Whether a case in this status may take the step. */
    public boolean allowedFrom(CaseStatus status) {
        return from.contains(status);
    }

    /**
     * Whether the case offers the step now: its status allows it, a payment has something left to pay, and
     * goods to deliver wait for it.
     */
    public boolean offeredBy(AidCase aidCase) {
        return allowedFrom(aidCase.status())
                && (this != DISBURSE || aidCase.approved() != null && aidCase.disbursed().compareTo(aidCase.approved()) < 0)
                && (this != DELIVER || aidCase.inKind() && !aidCase.goods().delivered());
    }

    /** The steps a case offers now, in the order of the workflow. */
    public static List<CaseStep> offeredBy(AidCase aidCase, Set<Who> caller) {
        return Stream.of(values()).filter(step -> caller.contains(step.who) && step.offeredBy(aidCase)).toList();
    }

    /** The step of this name; a refusal naming the field {@code step} for any other. */
    public static CaseStep of(String wire) {
        return Stream.of(values()).filter(step -> step.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new InvalidInputException("step", Text.of("aid.case.step-unknown", wire,
                        String.join(", ", Stream.of(values()).map(CaseStep::wire).toList()))));
    }
}
