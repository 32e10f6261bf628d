package org.qiaoyun.api;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A screen of a module and its entry in the side menu.
 *
 * <p>The view class must be a Vaadin {@code Component} with a public no-argument constructor; it is
 * built by reflection, not by CDI. The kernel registers it at {@code t/:tenant/<moduleId>/<path>}
 * and lets navigation through only while the module is enabled in that tenant.
 *
 * @param path   the route below the module, {@code ""} for its home screen; it may hold route parameters
 *               ({@code case/:id}), and such a screen is reached by links, not from the menu
 * @param view   the view class
 * @param labelZh the menu label in Chinese
 * @param labelEn the menu label in English
 * @param roles   the platform roles that use the screen ({@code caseworker}, {@code organiser}, ...); empty
 *                for everybody of the federation. Nobody else finds it in the menu or opens it (the
 *                module's services check again)
 */
public record ModuleView(String path, Class<?> view, String labelZh, String labelEn, Set<String> roles) {

    public ModuleView {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        roles = Set.copyOf(roles);
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("view path is relative to the module: " + path);
        }
    }

    /** A screen for everybody of the federation. */
    public ModuleView(String path, Class<?> view, String labelZh, String labelEn) {
        this(path, view, labelZh, labelEn, Set.of());
    }

    /** The same screen, for the given roles only. */
    public ModuleView forRoles(String... only) {
        return new ModuleView(path, view, labelZh, labelEn, Set.of(only));
    }

    /** Whether a person holding {@code callerRoles} uses the screen. */
    public boolean usableBy(Collection<String> callerRoles) {
        return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }

    /** Whether the screen has a menu entry: those with route parameters are reached by links instead. */
    public boolean inMenu() {
        return !path.contains(":");
    }
}
