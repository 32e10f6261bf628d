package org.qiaoyun.screens;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a list shows when there is nothing in it: what would be here, and what to do first (a button to
 * make the first one, where the person may). Never a bare empty grid.
 */
public final class EmptyState extends Div {

    private static final long serialVersionUID = 1L;

    public EmptyState(String what, String firstStep, Component... actions) {
        addClassName("empty-state");
        getStyle().set("text-align", "center").set("padding", "var(--lumo-space-l)").set("color", "var(--lumo-secondary-text-color)");
        add(VaadinIcon.INBOX.create());
        Span title = new Span(what);
        title.getStyle().set("display", "block").set("font-weight", "600");
        add(title);
        if (firstStep != null && !firstStep.isBlank()) {
            add(new Paragraph(firstStep));
        }
        add(actions);
    }
}
