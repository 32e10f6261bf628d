package org.qiaoyun.plugins.volunteers.shift;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What can be done with a sign-up, declared once: each action with the state of the sign-up it needs.
 * The sign-up's own verbs refuse from here ({@link SignUp}), and the screens offer exactly the actions a
 * sign-up allows ({@link SignUp#actions()}). Whether the shift allows it now (the cancellation deadline,
 * the check-in window, the shift having ended) and who may take it are the roster's and the service's to say.
 */
public enum SignUpAction {

    /** The volunteer (or an organiser) gives the place up; not once they checked in. */
    CANCEL(s -> s.status() != SignUp.Status.CANCELLED && s.status() != SignUp.Status.NO_SHOW && s.checkedInAt() == null
            && s.minutes() == null),
    /** An organiser confirms a place held on a shift that needs approval. */
    APPROVE(s -> s.status() == SignUp.Status.PENDING),
    /** An organiser turns down a sign-up not yet confirmed, with a reason. */
    DECLINE(s -> s.status() == SignUp.Status.PENDING || s.status() == SignUp.Status.WAITING),
    CHECK_IN(s -> s.status() == SignUp.Status.CONFIRMED && s.checkedInAt() == null && s.minutes() == null),
    CHECK_OUT(s -> s.checkedInAt() != null && s.checkedOutAt() == null),
    /** An organiser enters or corrects the minutes of a confirmed volunteer (a paper sign-in sheet too, a no-show who came). */
    CORRECT(s -> s.status() == SignUp.Status.CONFIRMED || s.status() == SignUp.Status.NO_SHOW),
    /** An organiser records that a confirmed volunteer never came (once the shift has begun: the roster's to say). */
    NO_SHOW(s -> s.status() == SignUp.Status.CONFIRMED && s.checkedInAt() == null && s.minutes() == null),
    /** An organiser evaluates a shift served. */
    EVALUATE(s -> s.minutes() != null);

    private final Predicate<SignUp> needs;

    SignUpAction(Predicate<SignUp> needs) {
        this.needs = needs;
    }

    /** Whether the sign-up, as it stands, allows the action. */
    public boolean allowedFor(SignUp signUp) {
        return needs.test(signUp);
    }

    /** The actions the sign-up allows as it stands. */
    static Set<SignUpAction> of(SignUp signUp) {
        Set<SignUpAction> allowed = EnumSet.noneOf(SignUpAction.class);
        for (SignUpAction action : values()) {
            if (action.allowedFor(signUp)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
