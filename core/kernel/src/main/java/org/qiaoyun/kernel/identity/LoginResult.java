package org.qiaoyun.kernel.identity;

import java.util.Optional;

/**
 * The outcome of a login: the caller when it succeeded, nothing otherwise. Failures carry no reason
 * on purpose, so that a wrong password, an unknown user and a locked account look alike to the outside.
 */
public record LoginResult(Optional<CallerIdentity> caller) {

    public static LoginResult failed() {
        return new LoginResult(Optional.empty());
    }

    public boolean succeeded() {
        return caller.isPresent();
    }
}
