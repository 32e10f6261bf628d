package org.qiaoyun.ui.shell;

/**
 * Signs the user of the current screen in and out. The server uses Jakarta Security
 * ({@link SecurityContextAuthenticator}); screen tests put in a stand-in that signs in directly.
 */
public interface Authenticator {

    /** How a sign-in went: never why it failed, only what it still needs after the right password. */
    enum Outcome { SIGNED_IN, CODE_NEEDED, FAILED }

    /**
     * Signs in with a username and password, and the second factor's code where the account gives one
     * ({@code null} on the first try).
     */
    Outcome signIn(String username, String password, String code);

    /** Ends the session. */
    void signOut();
}
