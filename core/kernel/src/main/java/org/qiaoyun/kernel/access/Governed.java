package org.qiaoyun.kernel.access;

/**
 * A federation as the access rules see it: its code and its materialised path of ancestor codes
 * ({@code /cn/gd/gd-jiangmen/}). The tenant is one; the rules need nothing more of it.
 */
public interface Governed {

    String code();

    String path();

    /** A federation known only by code and path (read by a query, not loaded as a tenant). */
    static Governed of(String code, String path) {
        return new Governed() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public String path() {
                return path;
            }
        };
    }
}
