package org.qiaoyun.ui.shell;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

import org.qiaoyun.kernel.identity.Account;
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

        Paragraph lockout = new Paragraph(getTranslation("login.lockoutHint", Account.MAX_FAILURES, Account.LOCKOUT.toMinutes()));
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
        if (authenticator.signIn(event.getUsername().strip(), event.getPassword())) {
            UI.getCurrent().navigate("");
        } else {
            form.setError(true);
            form.setEnabled(true);
        }
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
}
