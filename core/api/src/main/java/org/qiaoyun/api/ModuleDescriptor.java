package org.qiaoyun.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a module says of itself. The {@code id} must equal the plugin id in the jar's manifest; it
 * names the module in URLs ({@code /api/v1/tenants/{code}/{id}}), table prefixes and changeset ids.
 */
public record ModuleDescriptor(String id, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("module id must be 2-31 lowercase letters, digits or hyphens: " + id);
        }
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        descriptionZh = descriptionZh == null ? "" : descriptionZh;
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    /** The name in the given language: Chinese unless English is asked for. */
    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    /** The description in the given language: Chinese unless English is asked for. */
    public String description(boolean english) {
        return english ? descriptionEn : descriptionZh;
    }
}
