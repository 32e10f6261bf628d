package org.qiaoyun.ui.rights;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.rights.CopyPage;
import org.qiaoyun.kernel.rights.PeoplesData;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;

/**
 * A person's rights over their data (PIPL arts. 44-47), for the federation's own admins: find the person by document
 * number, phone or email, see what each module keeps about them (document numbers masked by their module, never
 * revealed here; every search audited), give them a copy to download, correct a record, erase one with a confirmation
 * that names what goes. The kernel checks the caller and audits each act ({@code rights.PeoplesData}); this screen
 * only composes it.
 */
@Route(value = "admin/personal-data", layout = MainLayout.class)
@Dependent
public class PeoplesDataView extends CallerScreen {

    private static final long serialVersionUID = 1L;

    final TextField documentNumber = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Button find = new Button();
    final Button copy = new Button();
    final Anchor download = new Anchor();
    final VerticalLayout results = new VerticalLayout();
    private transient PersonalData.Person person;
    private String federation;

    @Inject
    public PeoplesDataView(Kernel kernel) {
        super(kernel, "personal-data-view", "rights.title");
    }

    @Override
    protected void build(CallerIdentity caller) {
        federation = caller.homeTenant();
        documentNumber.setId("personal-data-document");
        documentNumber.setLabel(getTranslation("rights.document"));
        phone.setId("personal-data-phone");
        phone.setLabel(getTranslation("rights.phone"));
        email.setId("personal-data-email");
        email.setLabel(getTranslation("rights.email"));
        find.setId("personal-data-find");
        find.setText(getTranslation("rights.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(e -> search());
        copy.setId("personal-data-copy");
        copy.setText(getTranslation("rights.copy"));
        copy.setEnabled(false);
        copy.addClickListener(e -> export());
        download.setId("personal-data-download");
        download.setText(getTranslation("rights.download"));
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        FlexLayout form = new FlexLayout(documentNumber, phone, email, find, copy, download);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        results.setId("personal-data-results");
        results.setPadding(false);
        add(new H2(getTranslation("rights.title")), new Paragraph(getTranslation("rights.explain")), form, results);
    }

    /** Finds the person as the fields name them, and shows what each module keeps. */
    void search() {
        person = new PersonalData.Person(documentNumber.getValue(), phone.getValue(), email.getValue());
        download.setVisible(false);
        Optional<List<PeoplesData.Found>> found = attempt(() -> kernel.peoplesData().find(federation, person));
        copy.setEnabled(found.isPresent());
        found.ifPresent(this::show);
    }

    private void show(List<PeoplesData.Found> found) {
        results.removeAll();
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("rights.none")));
        }
        found.forEach(module -> module.records().forEach(record -> results.add(card(module.moduleId(), record))));
    }

    private Div card(String moduleId, PersonalData.Kept record) {
        Locale language = getLocale();
        Div card = new Div();
        card.setId("personal-data-record-" + record.recordId().replace(':', '-'));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        card.add(new H3(moduleName(moduleId) + " · " + kernel.texts().render(record.kind(), language)));
        for (PersonalData.Field field : record.fields()) {
            card.add(new Div(kernel.texts().render(field.label(), language) + "：" + CopyPage.value(field, kernel.texts(), language)));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (!record.correctable().isEmpty()) {
            Button correct = new Button(getTranslation("rights.correct"), e -> new CorrectionDialog(kernel, record, language,
                    values -> correct(moduleId, record, values), this::searchAgain).open());
            correct.setId("personal-data-correct-" + record.recordId().replace(':', '-'));
            actions.add(correct);
        }
        Button erase = new Button(getTranslation("rights.erase"), e -> confirmErasure(moduleId, record));
        erase.setId("personal-data-erase-" + record.recordId().replace(':', '-'));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(erase);
        card.add(actions);
        return card;
    }

    /** Corrects the record; a value refused at its field goes back to the dialog, any other refusal is told. */
    private boolean correct(String moduleId, PersonalData.Kept record, java.util.Map<String, String> values) {
        try {
            kernel.peoplesData().correct(federation, person, moduleId, new PersonalData.Correction(record.recordId(), record.version(), values));
            Attempt.told(getTranslation("rights.corrected"));
            return true;
        } catch (org.qiaoyun.api.InvalidInputException atField) {
            throw atField;
        } catch (RuntimeException other) {
            attempt(() -> {
                throw other;
            });
            return false;
        }
    }

    /** Asks before erasing, naming the record and every field that goes from it. */
    private void confirmErasure(String moduleId, PersonalData.Kept record) {
        Locale language = getLocale();
        String kind = moduleName(moduleId) + " · " + kernel.texts().render(record.kind(), language);
        String fields = String.join(getTranslation("rights.separator"),
                record.fields().stream().map(f -> kernel.texts().render(f.label(), language)).toList());
        Confirm.destructive(Words.of(PeoplesDataView.class, null, language), getTranslation("rights.erase-question", kind),
                getTranslation("rights.erase-consequence", kind, fields), getTranslation("rights.erase"), () -> {
                    if (attempt(() -> {
                        kernel.peoplesData().erase(federation, person, moduleId, record.recordId());
                        return true;
                    }).isPresent()) {
                        Attempt.told(getTranslation("rights.erased"));
                        searchAgain();
                    }
                });
    }

    /** The copy to hand the person: made (and audited) when asked for, then offered for download as a page. */
    private void export() {
        attempt(() -> kernel.peoplesData().copy(federation, person)).ifPresent(found -> {
            var names = kernel.tenants().require(federation).names();
            byte[] page = CopyPage.html(found, kernel.texts(), getLocale(), Messages.isEnglish(getLocale()) ? names.en() : names.zh())
                    .getBytes(StandardCharsets.UTF_8);
            download.setHref((com.vaadin.flow.server.streams.DownloadHandler) event -> {
                event.setFileName("personal-data.html");
                event.setContentType("text/html; charset=UTF-8");
                event.getOutputStream().write(page);
            });
            download.setVisible(true);
        });
    }

    private void searchAgain() {
        if (person != null) {
            attempt(() -> kernel.peoplesData().find(federation, person)).ifPresent(this::show);
        }
    }

    private String moduleName(String moduleId) {
        return KernelCall.moduleName(kernel, moduleId, getLocale());
    }

    private <T> Optional<T> attempt(java.util.function.Supplier<T> call) {
        return KernelCall.attempt(kernel, getLocale(), call);
    }
}
