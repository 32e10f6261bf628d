package org.qiaoyun.ui.shell;

/**
 * Signs the user of the current screen in and out. The server uses Jakarta Security
 * ({@link SecurityContextAuthenticator}); screen tests put in a stand-in that signs in directly.
 */
public interface Authenticator {

    /** Signs in with a username and password; false for any failure (never says which). */
    boolean signIn(String username, String password);

    /** Ends the session. */
    void signOut();
}
