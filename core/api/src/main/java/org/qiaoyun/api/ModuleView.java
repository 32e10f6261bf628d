package org.qiaoyun.api;

import java.util.Objects;

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
 */
public record ModuleView(String path, Class<?> view, String labelZh, String labelEn) {

    public ModuleView {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("view path is relative to the module: " + path);
        }
    }

    /** Whether the screen has a menu entry: those with route parameters are reached by links instead. */
    public boolean inMenu() {
        return !path.contains(":");
    }
}
