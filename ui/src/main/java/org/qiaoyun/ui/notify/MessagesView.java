package org.qiaoyun.ui.notify;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * The person's own messages, newest first, in the screen's language: what the bell in the header counts. A message
 * opened is read; "mark all read" empties the bell at once.
 */
@Route(value = "messages", layout = MainLayout.class)
@Dependent
public class MessagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** The newest this many; older messages are kept but not listed. */
    static final int SHOWN = 100;

    private final transient Kernel kernel;
    private final Div list = new Div();

    @Inject
    public MessagesView(Kernel kernel) {
        this.kernel = kernel;
        setId("messages-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.caller(kernel).isPresent()) {
            build();
        }
    }

    private void build() {
        removeAll();
        Button allRead = new Button(getTranslation("messages.allRead"), e -> {
            kernel.inbox().markAllRead();
            build();
            bellChanged();
        });
        allRead.setId("messages-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.removeAll();
        list.setWidthFull();
        List<Message> messages = kernel.inbox().latest(SHOWN);
        allRead.setEnabled(messages.stream().anyMatch(m -> !m.isRead()));
        if (messages.isEmpty()) {
            list.add(new EmptyState(getTranslation("messages.none"), getTranslation("messages.none.hint")));
        }
        messages.forEach(message -> list.add(item(message)));
        add(new H2(getTranslation("messages.title")), allRead, list);
    }

    private Component item(Message message) {
        Locale language = getLocale();
        Span subject = new Span(kernel.notifier().subject(message, language));
        subject.getStyle().set("font-weight", message.isRead() ? "normal" : "600");
        Span when = new Span(Formats.time(message.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div body = new Div();
        for (String paragraph : kernel.notifier().body(message, language).split("\\R\\s*\\R")) {
            Paragraph shown = new Paragraph(paragraph.strip());
            shown.getStyle().set("white-space", "pre-line");
            body.add(shown);
        }
        Details details = new Details(new Span(subject, when), body);
        details.setId("message-" + message.id());
        details.setWidthFull();
        if (!message.isRead()) {
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    kernel.inbox().markRead(message.id());
                    subject.getStyle().set("font-weight", "normal");
                    bellChanged();
                }
            });
        }
        return details;
    }

    /** The header's count follows at once. */
    private void bellChanged() {
        getParent().ifPresent(parent -> {
            Component at = parent;
            while (at != null && !(at instanceof MainLayout)) {
                at = at.getParent().orElse(null);
            }
            if (at instanceof MainLayout shell) {
                shell.refreshBell();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
