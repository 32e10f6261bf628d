package org.qiaoyun.kernel.tenant.tree;

/**
 * One thing wrong in a tenant tree file, located for the person who fixes it.
 *
 * @param line  1-based line in the file (0 when the error is about the file as a whole)
 * @param field the field at fault, e.g. {@code code}, {@code level}, {@code modulesEnabled}
 */
public record TreeError(int line, String field, String message) {

    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ", " + field) + ": " + message;
    }
}
