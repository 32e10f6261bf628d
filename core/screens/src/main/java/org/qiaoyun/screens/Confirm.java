package org.qiaoyun.screens;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot be taken back (cancelling a shift everyone signed up for, revoking a
 * token, disabling an account): the question, what follows, and a button that says what it does. A
 * destructive action's button is red.
 */
public final class Confirm {

    private Confirm() {
    }

    /** Opens the question; {@code action} runs only on the confirming button. */
    public static ConfirmDialog destructive(Words words, String question, String consequence, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = dialog(words, question, consequence, confirmLabel, action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
        return dialog;
    }

    /** Opens a question for an action that is weighty but not destructive. */
    public static ConfirmDialog ask(Words words, String question, String consequence, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = dialog(words, question, consequence, confirmLabel, action);
        dialog.open();
        return dialog;
    }

    private static ConfirmDialog dialog(Words words, String question, String consequence, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(question);
        dialog.setText(consequence);
        dialog.setCancelable(true);
        dialog.setCancelText(words.of(org.qiaoyun.api.Text.of("platform.cancel")));
        dialog.setConfirmText(confirmLabel);
        dialog.addConfirmListener(confirmed -> action.run());
        return dialog;
    }
}
