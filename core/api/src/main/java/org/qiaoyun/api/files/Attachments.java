package org.qiaoyun.api.files;

import java.util.List;

/**
 * A module's files in one tenant, reached through {@link org.qiaoyun.api.TenantScope#files()}. The module decides
 * who may attach to, list or open the files of a record (the same people who may see the record) and checks
 * that before calling; the platform keeps each module's files apart from every other module's and tenant's, so
 * an id from elsewhere is unknown here.
 *
 * <p>Called inside {@link org.qiaoyun.api.TenantScope#transaction}, attaching and removing join that transaction:
 * a file attached to a record whose change rolls back is not kept.
 */
public interface Attachments {

    /** The largest file kept: 10 MB, a scanned certificate or a few photos. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Keeps {@code content} with {@code record} under {@code fileName} (its path, if any, dropped), audited.
     *
     * @throws org.qiaoyun.api.InvalidInputException (field {@code file}) if it is empty, larger than
     *         {@link #MAX_BYTES}, or not of a {@link FileType kept type}
     */
    Attachment attach(String record, String fileName, byte[] content);

    /** The files of {@code record}, oldest first; what they are, not what they hold (nothing audited). */
    List<Attachment> of(String record);

    /**
     * A file's content, for the person who asked: the reading is audited.
     *
     * @throws org.qiaoyun.api.UnknownObjectException if this module keeps no such file in this tenant
     */
    Opened open(String id);

    /**
     * Removes a file, audited; the audit entry keeps that it was there, not what it held.
     *
     * @throws org.qiaoyun.api.UnknownObjectException if this module keeps no such file in this tenant
     */
    void remove(String id);

    /** A file and its bytes. */
    /**
     * The files of one record as a screen works with them (the screen kit's {@code AttachmentsPanel}), every call going
     * through the module's own checked operations for that record, whatever record the screen names.
     */
    static Attachments ofOneRecord(java.util.function.BiFunction<String, byte[], Attachment> attach,
                                   java.util.function.Supplier<List<Attachment>> list,
                                   java.util.function.Function<String, Opened> open,
                                   java.util.function.Consumer<String> remove) {
        return new Attachments() {
            @Override
            public Attachment attach(String record, String fileName, byte[] content) {
                return attach.apply(fileName, content);
            }

            @Override
            public List<Attachment> of(String record) {
                return list.get();
            }

            @Override
            public Opened open(String id) {
                return open.apply(id);
            }

            @Override
            public void remove(String id) {
                remove.accept(id);
            }
        };
    }

    record Opened(Attachment attachment, byte[] content) {
    }
}
