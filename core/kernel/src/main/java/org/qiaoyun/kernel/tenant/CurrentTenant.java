package org.qiaoyun.kernel.tenant;

import java.util.Optional;

/**
 * The tenant the current request works in: the {@code {code}} of a REST path or the {@code :tenant}
 * of a screen's route. The web layer binds it per request; modules see it through
 * {@code ModuleContext.currentTenant()}.
 */
public final class CurrentTenant {

    private static final ThreadLocal<String> CODE = new ThreadLocal<>();

    private CurrentTenant() {
    }

    public static void bind(String code) {
        CODE.set(code);
    }

    public static void clear() {
        CODE.remove();
    }

    public static Optional<String> code() {
        return Optional.ofNullable(CODE.get());
    }
}
