package org.qiaoyun.ui.account;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.screens.QrCode;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.identity.ApiToken;
import org.qiaoyun.kernel.identity.ApiTokens;
import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.signin.PlatformAuthentication;
import org.qiaoyun.kernel.identity.SecondFactors;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * The signed-in user's own account: the second factor (enrolled with an authenticator app from a QR code,
 * confirmed by its first code, with recovery codes shown once) and personal tokens for scripts (listed with
 * their last use, made with a name, scope and last day, revoked after a confirmation).
 */
@Route(value = "account", layout = MainLayout.class)
@Dependent
public class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final transient Kernel kernel;
    private final VerticalLayout secondFactor = new VerticalLayout();
    private final VerticalLayout contact = new VerticalLayout();
    private final VerticalLayout mobile = new VerticalLayout();
    private final Grid<ApiToken> tokens = new Grid<>();

    @Inject
    public AccountView(Kernel kernel) {
        this.kernel = kernel;
        setId("account-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedIn.caller(kernel).ifPresent(caller -> {
            add(new H2(getTranslation("account.title")), new H3(getTranslation("account.secondFactor")), secondFactor);
            showSecondFactor(caller);
            add(new H3(getTranslation("account.contact")), contact);
            showContact(caller);
            add(new H3(getTranslation("account.mobile")), mobile);
            showMobile();
            add(new H3(getTranslation("account.tokens")), new Paragraph(getTranslation("account.tokens.help")), newToken(), tokens);
            showTokens();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }

    private void showSecondFactor(CallerIdentity caller) {
        secondFactor.removeAll();
        secondFactor.setPadding(false);
        Account account = kernel.accounts().find(caller.username()).orElseThrow();
        if (account.hasSecondFactor()) {
            Paragraph on = new Paragraph(getTranslation("account.secondFactor.on", account.recoveryCodesLeft()));
            on.setId("account-second-factor-on");
            secondFactor.add(on);
            return;
        }
        if (mustEnrol()) {
            Paragraph required = new Paragraph(getTranslation("account.secondFactor.required"));
            required.setId("account-second-factor-required");
            secondFactor.add(required);
        }
        Button start = new Button(getTranslation("account.secondFactor.start"), e -> enrol());
        start.setId("account-totp-start");
        secondFactor.add(new Paragraph(getTranslation("account.secondFactor.off")), start);
    }

    /**
     * Where notices reach the person: their email address and mobile number, changed by themselves (a new number is
     * verified again before any text goes to it). Refusals beside the field; a change saved meanwhile elsewhere is said.
     */
    private void showContact(CallerIdentity caller) {
        contact.removeAll();
        contact.setPadding(false);
        Account account = kernel.accounts().find(caller.username()).orElseThrow();
        org.qiaoyun.screens.FormErrors errors = new org.qiaoyun.screens.FormErrors(
                org.qiaoyun.screens.Words.of(AccountView.class, null, getLocale()));
        TextField email = errors.field("email", new TextField(getTranslation("users.email")));
        email.setId("account-email");
        email.setMaxLength(254);
        email.setValue(account.email() == null ? "" : account.email());
        TextField number = errors.field("mobile", new TextField(getTranslation("users.mobile")));
        number.setId("account-mobile");
        number.setMaxLength(20);
        number.setValue(account.mobile() == null ? "" : account.mobile());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (errors.save(() -> {
                // each value checked first, so that a wrong one is refused at its own field
                org.qiaoyun.kernel.notify.Contact.email("email", email.getValue());
                org.qiaoyun.kernel.notify.Contact.mobile("mobile", number.getValue());
                kernel.accounts().changeContact(account.username(), email.getValue(), number.getValue(), account.language(),
                        account.version());
            })) {
                Notification.show(getTranslation("account.contact.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showContact(caller);
                showMobile();
            }
        });
        save.setId("account-contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        contact.add(new Paragraph(getTranslation("account.contact.help")), email, number, save);
    }

    /** The person's own mobile number: verified, or a code sent to it and answered here (refusals beside the code). */
    private void showMobile() {
        mobile.removeAll();
        mobile.setPadding(false);
        org.qiaoyun.screens.Words words = org.qiaoyun.screens.Words.of(AccountView.class, null, getLocale());
        org.qiaoyun.kernel.identity.MobileVerification.State state = kernel.mobileVerification().state();
        Paragraph said = new Paragraph(state.mobile() == null ? getTranslation("account.mobile.none")
                : state.verified() ? getTranslation("account.mobile.verified", state.mobile())
                : getTranslation("account.mobile.unverified", state.mobile()));
        said.setId("account-mobile-state");
        mobile.add(said);
        if (state.mobile() == null || state.verified()) {
            return;
        }
        TextField code = new TextField(getTranslation("account.mobile.code"));
        code.setId("account-mobile-code");
        code.setMaxLength(6);
        org.qiaoyun.screens.FormErrors errors = new org.qiaoyun.screens.FormErrors(words);
        errors.field("code", code);
        Button send = new Button(getTranslation("account.mobile.send"), e -> {
            errors.clear();
            try {
                kernel.mobileVerification().sendCode();
                Notification.show(getTranslation("account.mobile.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        send.setId("account-mobile-send");
        Button verify = new Button(getTranslation("account.mobile.verify"), e -> {
            errors.clear();
            try {
                kernel.mobileVerification().verify(code.getValue());
                showMobile();
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        verify.setId("account-mobile-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mobile.add(send, code, verify);
    }

    private void enrol() {
        SecondFactors.Enrolment enrolment = kernel.secondFactors().begin();
        secondFactor.removeAll();
        Image qr = new Image(QrCode.dataUri(enrolment.uri()), getTranslation("account.secondFactor.qr"));
        qr.setWidth("200px");
        qr.setId("account-totp-qr");
        Paragraph secret = new Paragraph(enrolment.secret());
        secret.setId("account-totp-secret");
        secret.getStyle().set("font-family", "monospace");
        TextField code = new TextField(getTranslation("login.code"));
        code.setId("account-totp-code");
        Button confirm = new Button(getTranslation("account.secondFactor.confirm"), e -> {
            try {
                List<String> recovery = kernel.secondFactors().confirm(enrolment.secret(), code.getValue());
                VaadinSession.getCurrent().getSession().removeAttribute(PlatformAuthentication.MUST_ENROL);
                secondFactor.removeAll();
                Pre codes = new Pre(String.join("\n", recovery));
                codes.setId("account-recovery-codes");
                secondFactor.add(new Paragraph(getTranslation("account.secondFactor.recovery")), codes);
                Notification.show(getTranslation("account.secondFactor.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IdentityRuleViolation wrong) {
                code.setErrorMessage(getTranslation("account.secondFactor.wrong"));
                code.setInvalid(true);
            }
        });
        confirm.setId("account-totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secondFactor.add(new Paragraph(getTranslation("account.secondFactor.scan")), qr, secret, code, confirm);
    }

    private static boolean mustEnrol() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && Boolean.TRUE.equals(session.getSession().getAttribute(PlatformAuthentication.MUST_ENROL));
    }

    private HorizontalLayout newToken() {
        TextField name = new TextField(getTranslation("account.tokens.name"));
        name.setId("account-token-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        Select<ApiToken.Scope> scope = new Select<>();
        scope.setLabel(getTranslation("account.tokens.scope"));
        scope.setItems(ApiToken.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("account.tokens.scope." + s.name().toLowerCase()));
        scope.setValue(ApiToken.Scope.READ);
        LocalDate today = LocalDate.now(kernel.clock().withZone(CHINA));
        DatePicker lastDay = new DatePicker(getTranslation("account.tokens.lastDay"), today.plusDays(90));
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(365));
        TextField secret = new TextField(getTranslation("account.tokens.secret"));
        secret.setId("account-token-secret");
        secret.setReadOnly(true);
        secret.setVisible(false);
        secret.setWidth("30em");
        Button make = new Button(getTranslation("account.tokens.make"), e -> {
            try {
                ApiTokens.Issued issued = kernel.tokens().createPersonal(name.getValue(), scope.getValue(), Set.of(), Set.of(),
                        lastDay.getValue() == null ? null : lastDay.getValue().plusDays(1).atStartOfDay(CHINA).toInstant());
                secret.setValue(issued.secret());
                secret.setHelperText(getTranslation("account.tokens.once"));
                secret.setVisible(true);
                name.clear();
                name.setInvalid(false);
                showTokens();
            } catch (IdentityRuleViolation refused) {
                TextField at = name;
                at.setErrorMessage(getTranslation("account.tokens.invalid." + refused.field()));
                at.setInvalid(true);
            }
        });
        make.setId("account-token-make");
        HorizontalLayout form = new HorizontalLayout(name, scope, lastDay, make, secret);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void showTokens() {
        tokens.removeAllColumns();
        tokens.setId("account-tokens");
        tokens.setAllRowsVisible(true);
        tokens.addColumn(ApiToken::name).setHeader(getTranslation("account.tokens.name"));
        tokens.addColumn(t -> getTranslation("account.tokens.scope." + t.scope().name().toLowerCase()))
                .setHeader(getTranslation("account.tokens.scope"));
        tokens.addColumn(t -> LocalDate.ofInstant(t.expiresAt(), CHINA).minusDays(1).toString()).setHeader(getTranslation("account.tokens.lastDay"));
        tokens.addColumn(t -> t.lastUsedAt() == null ? getTranslation("account.tokens.never")
                : t.lastUsedAt().atZone(CHINA).toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("account.tokens.lastUsed"));
        tokens.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> confirmRevoke(t));
            revoke.setId("account-token-revoke-" + t.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setKey("revoke");
        tokens.setEmptyStateText(getTranslation("account.tokens.none"));
        tokens.setItems(kernel.tokens().mine());
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("account.tokens.revoke"),
                getTranslation("account.tokens.revoke.question", token.name()), getTranslation("account.tokens.revoke"), e -> {
            kernel.tokens().revoke(token.id());
            showTokens();
        });
        confirm.setId("account-token-revoke-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
