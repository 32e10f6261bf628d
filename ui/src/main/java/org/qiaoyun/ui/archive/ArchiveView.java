package org.qiaoyun.ui.archive;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Refusal;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.archive.FederationArchives;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.CallerScreen;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * Moving a federation's data to another platform, for admins: the home federation's archive made under a passphrase
 * given twice and downloaded; and, for an admin above, an archive brought into a federation below that holds no records
 * yet, after a confirmation naming it. The kernel checks the caller and the archive; a refusal about the passphrase or
 * the file is told at that field.
 */
@Route(value = "admin/archive", layout = MainLayout.class)
@Dependent
public class ArchiveView extends CallerScreen {

    private static final long serialVersionUID = 1L;

    final PasswordField passphrase = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button prepare = new Button();
    final Anchor download = new Anchor();
    final ComboBox<Tenant> into = new ComboBox<>();
    final PasswordField importPassphrase = new PasswordField();
    final Span fileError = new Span();
    final Button importButton = new Button();
    Upload upload;
    private transient File received;
    private String federation;

    @Inject
    public ArchiveView(Kernel kernel) {
        super(kernel, "archive-view", "archive.title");
    }

    @Override
    protected void build(CallerIdentity caller) {
        federation = caller.homeTenant();
        add(new H2(getTranslation("archive.title")), new Paragraph(getTranslation("archive.explain")));
        buildExport();
        buildImport(caller);
    }

    private void buildExport() {
        passphrase.setId("archive-passphrase");
        passphrase.setLabel(getTranslation("archive.passphrase"));
        passphrase.setHelperText(getTranslation("archive.passphrase-help"));
        repeated.setId("archive-passphrase-again");
        repeated.setLabel(getTranslation("archive.passphrase-again"));
        prepare.setText(getTranslation("archive.prepare"));
        prepare.setId("archive-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(e -> prepareExport());
        download.setId("archive-download");
        download.setText(getTranslation("archive.download"));
        download.setVisible(false);
        VerticalLayout export = new VerticalLayout(new H3(getTranslation("archive.export")), passphrase, repeated, prepare, download);
        export.setPadding(false);
        add(export);
    }

    /** Checks the passphrase and the caller now; the archive itself is written as it is downloaded. */
    private void prepareExport() {
        passphrase.setInvalid(false);
        repeated.setInvalid(false);
        if (!passphrase.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("archive.passphrase-differs"));
            repeated.setInvalid(true);
            return;
        }
        try {
            FederationArchives.Export export = kernel.archives().export(federation, passphrase.getValue());
            String day = LocalDate.ofInstant(kernel.clock().instant(), ZoneId.of("Asia/Shanghai")).toString();
            download.setHref(event -> {
                event.setFileName(federation + "-" + day + ".qiaoyun.zip");
                event.setContentType("application/zip");
                export.writeTo(event.getOutputStream());
            });
            download.setVisible(true);
            Attempt.told(getTranslation("archive.ready"));
        } catch (InvalidInputException refused) {
            passphrase.setErrorMessage(kernel.texts().render(refused, getLocale()));
            passphrase.setInvalid(true);
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    private void buildImport(CallerIdentity caller) {
        Tenant home = kernel.tenants().find(caller.homeTenant()).orElseThrow();
        boolean english = getLocale().getLanguage().equals("en");
        into.setId("archive-into");
        into.setLabel(getTranslation("archive.into"));
        into.setItemLabelGenerator(t -> (english ? t.names().en() : t.names().zh()) + " (" + t.code() + ")");
        into.setItems(query -> kernel.tenants().subtree(home.path(), query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream().filter(t -> !t.code().equals(home.code())));
        into.setWidth("24em");
        importPassphrase.setId("archive-import-passphrase");
        importPassphrase.setLabel(getTranslation("archive.passphrase"));
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            forgetReceived();
            received = file;
            fileError.setVisible(false);
        }));
        upload.setId("archive-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("archive.choose")));
        upload.setDropLabel(new Span(getTranslation("archive.drop")));
        fileError.setId("archive-file-error");
        fileError.getStyle().set("color", "var(--lumo-error-text-color)");
        fileError.setVisible(false);
        importButton.setText(getTranslation("archive.import-button"));
        importButton.setId("archive-import");
        importButton.addClickListener(e -> confirmImport());
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("archive.import")), new Paragraph(getTranslation("archive.import-explain")),
                into, upload, fileError, importPassphrase, importButton);
        section.setPadding(false);
        section.setVisible(caller.isAdmin());
        add(section);
    }

    private void confirmImport() {
        into.setInvalid(false);
        if (into.getValue() == null) {
            into.setErrorMessage(getTranslation("archive.into-required"));
            into.setInvalid(true);
            return;
        }
        if (received == null) {
            fileError.setText(kernel.texts().render(org.qiaoyun.api.Text.of("kernel.archive.file-required"), getLocale()));
            fileError.setVisible(true);
            return;
        }
        Tenant target = into.getValue();
        String name = getLocale().getLanguage().equals("en") ? target.names().en() : target.names().zh();
        Confirm.ask(Words.of(ArchiveView.class, null, getLocale()), getTranslation("archive.import-question", name),
                getTranslation("archive.import-consequence"), getTranslation("archive.import-button"), () -> importInto(target)).open();
    }

    private void importInto(Tenant target) {
        importPassphrase.setInvalid(false);
        fileError.setVisible(false);
        try {
            FederationArchives.Moved moved = kernel.archives().importInto(target.code(), importPassphrase.getValue(), received.toPath());
            Attempt.told(getTranslation("archive.imported", moved.total()));
            forgetReceived();
            upload.clearFileList();
        } catch (InvalidInputException refused) {
            String why = kernel.texts().render(refused, getLocale());
            if ("passphrase".equals(refused.field())) {
                importPassphrase.setErrorMessage(why);
                importPassphrase.setInvalid(true);
            } else {
                fileError.setText(why);
                fileError.setVisible(true);
            }
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    private void refuse(RuntimeException e) {
        if (!(e instanceof Refusal)) {
            throw e;
        }
        Attempt.refused(kernel.texts().render(e, getLocale()));
    }

    private void forgetReceived() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.toPath());
            } catch (IOException ignored) {
                // a temporary file: the system's clean-up takes it
            }
            received = null;
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        forgetReceived();
        super.onDetach(detachEvent);
    }
}
