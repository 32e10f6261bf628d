package org.qiaoyun.screens;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.files.Attachments;
import org.qiaoyun.api.files.FileType;

/**
 * The files of one record, as every module shows them: a list with each file's name (a link that downloads it,
 * the download audited as the platform audits every reading), size, who uploaded it and when; an upload for
 * those who may add, a refusal shown at the upload when a file is of the wrong kind or too large, and removal
 * after a confirmation. The module decides who sees the panel and whether they may change the files.
 */
public final class AttachmentsPanel extends VerticalLayout {

    private final Words words;
    private final Attachments files;
    private final String record;
    private final Grid<Attachment> grid = new Grid<>();
    private final Span refusal = new Span();

    /**
     * @param mayChange asked at each upload and removal too, so that a right lost while the screen is open is lost
     *                  here as well (the module's service checks again)
     */
    public AttachmentsPanel(Words words, Attachments files, String record, BooleanSupplier mayChange) {
        this.words = words;
        this.files = files;
        this.record = record;
        setPadding(false);
        setId("attachments");
        grid.addComponentColumn(this::download).setHeader(say("platform.attachments.name")).setFlexGrow(3);
        grid.addColumn(a -> size(a.size())).setHeader(say("platform.attachments.size")).setAutoWidth(true);
        grid.addColumn(Attachment::uploadedBy).setHeader(say("platform.attachments.by")).setAutoWidth(true);
        grid.addColumn(a -> Formats.time(a.uploadedAt())).setHeader(say("platform.attachments.at")).setAutoWidth(true);
        if (mayChange.getAsBoolean()) {
            grid.addComponentColumn(a -> removal(a, mayChange)).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(say("platform.attachments.none"));
        grid.setId("attachments-files");
        grid.setAllRowsVisible(true);
        add(new H3(say("platform.attachments.title")), grid);
        if (mayChange.getAsBoolean()) {
            add(upload(mayChange), refusal);
        }
        refusal.setId("attachments-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refresh();
    }

    private String say(String code, Object... arguments) {
        return words.of(Text.of(code, arguments));
    }

    private void refresh() {
        grid.setItems(files.of(record));
    }

    private Anchor download(Attachment attachment) {
        Anchor link = new Anchor(event -> {
            Attachments.Opened opened = files.open(attachment.id()); // audited at the moment of reading
            event.setFileName(attachment.fileName());
            event.setContentType(opened.attachment().mediaType());
            event.getOutputStream().write(opened.content());
        }, attachment.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Button removal(Attachment attachment, BooleanSupplier mayChange) {
        Button remove = new Button(say("platform.attachments.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> Confirm.destructive(words, say("platform.attachments.remove-question", attachment.fileName()),
                say("platform.attachments.remove-consequence"), say("platform.attachments.remove"), () -> {
                    if (mayChange.getAsBoolean() && Attempt.run(words, () -> files.remove(attachment.id()))) {
                        refresh();
                    }
                }));
        return remove;
    }

    private Upload upload(BooleanSupplier mayChange) {
        // the platform runs this callback in the screen's session (UI.access) once the file has arrived
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            refusal.setText("");
            if (!mayChange.getAsBoolean()) {
                return;
            }
            try {
                files.attach(record, metadata.fileName(), bytes);
                refresh();
                Attempt.told(say("platform.attachments.uploaded", FileType.cleanName(metadata.fileName())));
            } catch (RuntimeException e) {
                if (!(e instanceof Refusal)) {
                    throw e;
                }
                refusal.setText(words.of(e)); // at the upload: what was wrong with this file
            }
        }));
        upload.setId("attachments-upload");
        upload.setMaxFileSize((int) Attachments.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".doc", ".docx", ".xls", ".xlsx");
        upload.setUploadButton(new Button(say("platform.attachments.upload")));
        upload.setDropLabel(new Span(say("platform.attachments.drop", Attachments.MAX_BYTES / (1024 * 1024))));
        upload.addFileRejectedListener(e -> refusal.setText(say("platform.attachments.rejected", Attachments.MAX_BYTES / (1024 * 1024))));
        return upload;
    }

    /** A size as people read it: bytes, KB or MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
