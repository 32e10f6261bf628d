package org.qiaoyun.kernel.identity;

import java.util.Optional;

import org.qiaoyun.kernel.access.CallerIdentity;

/**
 * The outcome of a login: the caller when it succeeded, nothing otherwise. Failures carry no reason
 * on purpose, so that a wrong password, an unknown user and a locked account look alike to the outside.
 * Only after the right password does it say what else is needed: the second factor's code, or (signed in
 * all the same) enrolling one before anything else.
 */
public record LoginResult(Optional<CallerIdentity> caller, Need need) {

    /** What a login still needs. */
    public enum Need {
        /** Nothing: signed in, or plainly failed. */
        NOTHING,
        /** The password was right; the code of the second factor is asked for. */
        SECOND_FACTOR,
        /** Signed in, but a second factor is required of this account and it has none yet: enrol first. */
        ENROLMENT
    }

    public LoginResult(Optional<CallerIdentity> caller) {
        this(caller, Need.NOTHING);
    }

    public static LoginResult failed() {
        return new LoginResult(Optional.empty());
    }

    public boolean succeeded() {
        return caller.isPresent();
    }
}
