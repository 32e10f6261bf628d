package org.qiaoyun.ui.notify;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.notify.Choices;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * The signed-in person's notification settings: every kind the platform and their federation's modules tell of, named
 * in the screen's language, with what they receive of it (in the app always; email; a text message where the kind has
 * one). A change is kept at once; a refusal (a kind that keeps the account safe) is said and the box goes back.
 */
@Route(value = "notification-settings", layout = MainLayout.class)
@Dependent
public class NotificationSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;

    @Inject
    public NotificationSettingsView(Kernel kernel) {
        this.kernel = kernel;
        setId("notification-settings-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedIn.caller(kernel).ifPresent(this::build);
    }

    private void build(CallerIdentity caller) {
        add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.help")));
        boolean hasEmail = kernel.accounts().find(caller.username()).map(a -> a.email() != null).orElse(false);
        if (!hasEmail) {
            Paragraph noEmail = new Paragraph(getTranslation("settings.noEmail"));
            noEmail.setId("settings-no-email");
            add(noEmail);
        }
        add(row(header(getTranslation("settings.kind")), header(getTranslation("settings.inApp")),
                header(getTranslation("settings.email")), header(getTranslation("settings.sms"))));
        for (Choices.Setting setting : kernel.choices().mine(getLocale())) {
            Span always = new Span(getTranslation("settings.always"));
            Checkbox email = box(setting, Message.EMAIL, setting.email());
            email.setReadOnly(setting.required());
            Component sms = setting.smsOffered() ? box(setting, Message.SMS, setting.sms()) : new Span(getTranslation("settings.noSms"));
            add(row(new Span(setting.name()), always, email, sms));
        }
    }

    private Checkbox box(Choices.Setting setting, String channel, boolean on) {
        Checkbox box = new Checkbox(on);
        box.setId("settings-" + channel + "-" + setting.kind());
        box.setAriaLabel(setting.name() + " · " + getTranslation("settings." + channel));
        boolean[] goingBack = {false};
        box.addValueChangeListener(e -> {
            if (goingBack[0]) {
                return;
            }
            try {
                kernel.choices().choose(setting.kind(), channel, e.getValue(), getLocale());
                Attempt.told(getTranslation("settings.saved"));
            } catch (RuntimeException refused) {
                if (!(refused instanceof Refusal)) {
                    throw refused;
                }
                Attempt.refused(kernel.texts().render(refused, getLocale()));
                goingBack[0] = true;
                box.setValue(e.getOldValue());
                goingBack[0] = false;
            }
        });
        return box;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.getStyle().set("font-weight", "600");
        return header;
    }

    private static HorizontalLayout row(Component kind, Component... channels) {
        Div name = new Div(kind);
        name.setWidth("16em");
        HorizontalLayout row = new HorizontalLayout(name);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        for (Component channel : channels) {
            Div cell = new Div(channel);
            cell.setWidth("8em");
            row.add(cell);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
