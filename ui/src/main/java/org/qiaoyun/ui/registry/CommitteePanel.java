package org.qiaoyun.ui.registry;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.CommitteeMember;
import org.qiaoyun.kernel.registry.MemberInput;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The committee members (侨联委员) on the organisation record: a row per member with the position, the term and
 * whether it ran out; the federation's admins and those above add, change and remove them in a small form. Names
 * and positions only.
 */
final class CommitteePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final transient Words words;
    private transient String tenantCode;
    final Grid<CommitteeMember> members = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button remove = new Button();

    CommitteePanel(Kernel kernel, Words words) {
        this.kernel = kernel;
        this.words = words;
        setId("profile-committee");
        setPadding(false);
        members.setId("committee-grid");
        members.addColumn(CommitteeMember::name).setHeader(words.get("member.name"));
        members.addColumn(CommitteeMember::position).setHeader(words.get("member.position"));
        members.addColumn(m -> words.get("member.termRange", m.termStart().toString(), m.termEnd() == null ? "" : m.termEnd().toString()))
                .setHeader(words.get("member.term")).setFlexGrow(2);
        members.addComponentColumn(this::standing).setHeader(words.get("member.standing")).setKey("standing");
        members.setEmptyStateText(words.get("member.none"));
        members.setAllRowsVisible(true);
        members.addSelectionListener(e -> selectionChanged());
        add.setText(words.get("member.add"));
        add.setId("action-add-member");
        add.addClickListener(e -> dialog(null));
        edit.setText(words.get("areas.edit"));
        edit.setId("action-edit-member");
        edit.addClickListener(e -> selected().ifPresent(this::dialog));
        remove.setText(words.get("areas.remove"));
        remove.setId("action-remove-member");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(this::confirmRemove));
        FlexLayout actions = new FlexLayout(add, edit, remove);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        Paragraph minimal = new Paragraph(words.get("member.minimal"));
        minimal.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new H3(words.get("member.title")), minimal, actions, members);
    }

    void show(String code, boolean writable) {
        tenantCode = code;
        members.deselectAll();
        members.setItems(kernel.committee().of(code));
        add.setVisible(writable);
        edit.setVisible(writable);
        remove.setVisible(writable);
        selectionChanged();
    }

    private Span standing(CommitteeMember member) {
        boolean overdue = member.termOverdue(kernel.committee().today());
        Span badge = new Span(words.get(overdue ? "member.overdue" : "member.serving"));
        badge.getElement().getThemeList().add(overdue ? "badge error" : "badge success");
        return badge;
    }

    private Optional<CommitteeMember> selected() {
        return members.getSelectedItems().stream().findFirst();
    }

    private void selectionChanged() {
        edit.setEnabled(selected().isPresent());
        remove.setEnabled(selected().isPresent());
    }

    private void dialog(CommitteeMember member) {
        Dialog dialog = FormDialog.of(words, "member-dialog", member == null ? "member.add" : "member.edit");
        FormErrors errors = new FormErrors(words);
        TextField name = errors.required("name", new TextField());
        name.setLabel(words.get("member.name"));
        name.setMaxLength(50);
        TextField position = errors.required("position", new TextField());
        position.setLabel(words.get("member.position"));
        position.setMaxLength(50);
        DatePicker termStart = errors.required("termStart", new DatePicker());
        termStart.setLabel(words.get("member.termStart"));
        DatePicker termEnd = errors.field("termEnd", new DatePicker());
        termEnd.setLabel(words.get("member.termEnd"));
        if (member != null) {
            name.setValue(member.name());
            position.setValue(member.position());
            termStart.setValue(member.termStart());
            termEnd.setValue(member.termEnd());
        }
        dialog.add(new FormLayout(name, position, termStart, termEnd));
        FormDialog.open(dialog, words, errors, "member-save", () -> {
            MemberInput input = new MemberInput(name.getValue(), position.getValue(), termStart.getValue(), termEnd.getValue());
            if (member == null) {
                kernel.committee().add(tenantCode, input);
            } else {
                kernel.committee().change(tenantCode, member.id(), member.version(), input);
            }
        }, () -> show(tenantCode, true));
    }

    private void confirmRemove(CommitteeMember member) {
        Confirm.destructive(words, words.get("member.remove.question", member.name()), words.get("member.remove.consequence"),
                words.get("areas.remove"), () -> {
                    if (Attempt.run(words, () -> kernel.committee().remove(tenantCode, member.id(), member.version()),
                            words.get("areas.removed", member.name()))) {
                        show(tenantCode, true);
                    }
                }).open();
    }
}
