package org.qiaoyun.ui.shell;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.platform.Kernel;

/**
 * Signing in, in Chinese by default with a switch to English. A wrong password, an unknown user and
 * a locked account get the same message, so nobody learns which usernames exist.
 */
@Route("login")
@Dependent
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final transient Authenticator authenticator;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(Kernel kernel, Authenticator authenticator) {
        this.kernel = kernel;
        this.authenticator = authenticator;
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);

        Button language = new Button(getTranslation("shell.language.other"), e -> {
            SignedIn.chooseLocale(Messages.isEnglish(getLocale()) ? Messages.CHINESE : Messages.ENGLISH);
            UI.getCurrent().getPage().reload();
        });
        language.setId("login-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Paragraph lockout = new Paragraph(getTranslation("login.lockoutHint", org.qiaoyun.kernel.identity.SignInFailure.PER_ACCOUNT,
                org.qiaoyun.kernel.identity.SignInFailure.LOCKOUT.toMinutes()));
        lockout.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("max-width", "22em").set("text-align", "center");
        add(new H1("侨云 Qiaoyun"), form, lockout, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.caller(kernel).isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private void signIn(LoginEvent event) {
        String username = event.getUsername().strip();
        String password = event.getPassword();
        switch (authenticator.signIn(username, password, null)) {
            case SIGNED_IN -> openWhereTheyWereGoing();
            case CODE_NEEDED -> askForCode(username, password);
            default -> {
                form.setError(true);
                form.setEnabled(true);
            }
        }
    }

    /** The second step for accounts that give a second factor: the authenticator app's code, or a recovery code. */
    private void askForCode(String username, String password) {
        TextField code = new TextField(getTranslation("login.code"));
        code.setId("login-code");
        code.setHelperText(getTranslation("login.code.help"));
        code.setAutofocus(true);
        code.setWidth("22em");
        Button confirm = new Button(getTranslation("login.submit"));
        confirm.setId("login-code-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        confirm.addClickListener(e -> {
            if (authenticator.signIn(username, password, code.getValue().strip()) == Authenticator.Outcome.SIGNED_IN) {
                openWhereTheyWereGoing();
            } else {
                code.setErrorMessage(getTranslation("login.code.wrong"));
                code.setInvalid(true);
            }
        });
        form.setVisible(false);
        addComponentAtIndex(2, new VerticalLayout(code, confirm));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /** After signing in: the address the person was asked to sign in for (a shared link), else home. */
    private static void openWhereTheyWereGoing() {
        String location = AccessGuard.afterSignIn(VaadinSession.getCurrent());
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
