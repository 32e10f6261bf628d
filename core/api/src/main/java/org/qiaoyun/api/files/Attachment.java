package org.qiaoyun.api.files;

import java.time.Instant;

/**
 * What is known of a kept file without opening it: the record it belongs to (the module's own reference, such as
 * {@code consultation/8f3c…}), its name as uploaded, its type as its content says, its size and SHA-256, who
 * uploaded it and when.
 */
public record Attachment(String id, String record, String fileName, String mediaType, long size, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
