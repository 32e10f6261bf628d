package org.qiaoyun.ui.notify;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.notify.TestOutcome;
import org.qiaoyun.kernel.notify.Suppression;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * A federation's channels, for its admins: the WeChat Work staff group's robot webhook (shown back masked, never in
 * full), set, removed, and a test sent now that says in plain words what went wrong. The kernel checks the caller;
 * a refused webhook shows beside its field.
 */
@Route(value = "admin/channels", layout = MainLayout.class)
@Dependent
public class ChannelSettingsView extends CallerScreen {

    private static final long serialVersionUID = 1L;

    final ComboBox<Tenant> tenant = new ComboBox<>();
    final TextField webhook = new TextField();
    final Paragraph current = new Paragraph();
    final Paragraph outcome = new Paragraph();
    final Paragraph emailOutcome = new Paragraph();
    final TextField sign = new TextField();
    final Paragraph signInEffect = new Paragraph();
    /** The version of the federation's sign name as shown; null while it has none. */
    private Long signVersion;
    final TextField search = new TextField();
    final Grid<Suppression> suppressed = new Grid<>();
    private transient Words words;

    @Inject
    public ChannelSettingsView(Kernel kernel) {
        super(kernel, "channels-view", "channels.title");
    }

    @Override
    protected void build(CallerIdentity caller) {
        words = Words.of(ChannelSettingsView.class, null, getLocale());
        boolean english = Messages.isEnglish(getLocale());
        tenant.setLabel(getTranslation("users.tenant"));
        tenant.setItemLabelGenerator(t -> (english ? t.names().en() : t.names().zh()) + " (" + t.code() + ")");
        tenant.setItems(query -> kernel.tenants().subtree(caller.homePath(), query.getFilter().orElse(null),
                query.getOffset(), query.getLimit()).stream());
        tenant.setValue(kernel.tenants().require(caller.homeTenant()));
        tenant.addValueChangeListener(e -> show());
        tenant.setWidthFull(); // the whole name and code on a phone, not a third of it
        tenant.setMaxWidth("32em");

        webhook.setId("channels-webhook");
        webhook.setLabel(getTranslation("channels.webhook"));
        webhook.setPlaceholder("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...");
        webhook.setWidthFull();
        current.setId("channels-current");
        outcome.setId("channels-outcome");
        FormErrors errors = new FormErrors(words);
        errors.field("webhook", webhook);
        Button save = new Button(getTranslation("channels.save"), e -> {
            errors.clear();
            try {
                kernel.staffGroups().set(code(), webhook.getValue());
                webhook.clear();
                show();
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        save.setId("channels-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("channels.remove"), e -> Attempt.run(words, () -> {
            kernel.staffGroups().remove(code());
            show();
        }));
        remove.setId("channels-remove");
        Button test = new Button(getTranslation("channels.test"), e -> Attempt.run(words, () -> {
            TestOutcome sent = kernel.staffGroups().sendTest(code());
            outcome.setText(sent.sent() ? getTranslation("channels.test-sent") : words.of(sent.problem()));
        }));
        test.setId("channels-test");
        FlexLayout buttons = new FlexLayout(save, remove, test);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("channels.title")), tenant, new H3(getTranslation("channels.staff-group")),
                new Paragraph(getTranslation("channels.staff-group-explain")), current, webhook, buttons, outcome);
        buildEmail();
        buildSmsSign();
        buildSuppressions();
        show();
    }

    /** Email: the platform's SMTP server, tested by a message to the admin's own address. */
    private void buildEmail() {
        emailOutcome.setId("channels-email-outcome");
        Button test = new Button(getTranslation("channels.email-test"), e -> Attempt.run(words, () -> {
            TestOutcome sent = kernel.testEmails().send(code());
            emailOutcome.setText(sent.sent() ? getTranslation("channels.email-test-sent") : words.of(sent.problem()));
        }));
        test.setId("channels-email-test");
        add(new H3(getTranslation("channels.email")), new Paragraph(getTranslation("channels.email-explain")), test, emailOutcome);
    }

    /** The federation's own sign name for text messages, or the platform's; a refusal beside its field. */
    private void buildSmsSign() {
        sign.setId("channels-sms-sign");
        sign.setLabel(getTranslation("channels.sms-sign"));
        sign.setHelperText(getTranslation("channels.sms-sign-helper"));
        signInEffect.setId("channels-sms-sign-current");
        FormErrors errors = new FormErrors(words);
        errors.field("sign", sign);
        Button save = new Button(getTranslation("channels.save"), e -> {
            errors.clear();
            try {
                kernel.smsSigns().set(code(), sign.getValue(), signVersion);
                showSign();
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        save.setId("channels-sms-sign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("channels.sms-sign-remove"), e -> Attempt.run(words, () -> {
            kernel.smsSigns().remove(code());
            showSign();
        }));
        remove.setId("channels-sms-sign-remove");
        FlexLayout buttons = new FlexLayout(save, remove);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H3(getTranslation("channels.sms")), new Paragraph(getTranslation("channels.sms-explain")), signInEffect, sign, buttons);
    }

    /** The sign name in effect for the chosen federation, its own in the field to change. */
    private void showSign() {
        Attempt.run(words, () -> {
            java.util.Optional<org.qiaoyun.kernel.notify.SmsSign> own = kernel.smsSigns().of(code());
            signVersion = own.map(org.qiaoyun.kernel.notify.SmsSign::version).orElse(null);
            sign.setValue(own.map(s -> s.sign().value()).orElse(""));
            sign.setInvalid(false);
            java.util.Optional<String> platform = kernel.platformSmsSign();
            signInEffect.setText(own.map(s -> getTranslation("channels.sms-sign-own", s.sign().toString()))
                    .orElseGet(() -> platform.map(p -> getTranslation("channels.sms-sign-platform", "【" + p + "】"))
                            .orElse(getTranslation("channels.sms-sign-none"))));
        });
    }

    /** The suppression list: searched by part of an address, an address taken off it by an admin (audited). */
    private void buildSuppressions() {
        search.setId("channels-suppression-search");
        search.setLabel(getTranslation("channels.suppression-search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> suppressed.getDataProvider().refreshAll());
        suppressed.setId("channels-suppressions");
        suppressed.addColumn(Suppression::address).setHeader(getTranslation("outbox.address")).setAutoWidth(true);
        suppressed.addColumn(s -> getTranslation("channels.suppression." + s.reason().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("channels.suppression-reason")).setAutoWidth(true);
        suppressed.addColumn(s -> Formats.time(s.since())).setHeader(getTranslation("channels.suppression-since")).setAutoWidth(true);
        suppressed.addComponentColumn(s -> {
            Button lift = new Button(getTranslation("channels.suppression-lift"), e -> Attempt.run(words, () -> {
                kernel.suppressions().lift(code(), s.address());
                suppressed.getDataProvider().refreshAll();
            }));
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift").setAutoWidth(true);
        suppressed.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.suppressions().of(code(), search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.suppressions().count(code(), search.getValue())));
        suppressed.setEmptyStateText(getTranslation("channels.suppression-none"));
        suppressed.setAllRowsVisible(true);
        add(new H3(getTranslation("channels.suppressions")), new Paragraph(getTranslation("channels.suppressions-explain")), search,
                suppressed);
    }

    /** The chosen federation's webhook, masked, or that none is set; its suppression list. */
    private void show() {
        suppressed.getDataProvider().refreshAll();
        outcome.setText("");
        emailOutcome.setText("");
        showSign();
        Attempt.run(words, () -> current.setText(kernel.staffGroups().masked(code())
                .map(masked -> getTranslation("channels.current", masked)).orElse(getTranslation("channels.none"))));
    }

    private String code() {
        Tenant chosen = tenant.getValue();
        return chosen == null ? SignedIn.caller(kernel).orElseThrow().homeTenant() : chosen.code();
    }
}
