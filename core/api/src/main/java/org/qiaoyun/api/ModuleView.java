package org.qiaoyun.api;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A screen of a module and its entry in the side menu.
 *
 * <p>The kernel registers the view class at {@code t/:tenant/<moduleId>/<path>} and lets navigation
 * through only while the module is enabled in that tenant and the person's role uses the screen. It
 * then builds the screen with {@link #build(TenantScope)}: the module's factory receives the tenant of
 * the route, already checked by the gate, and whatever else the module closes over (its context, its
 * key vault, its services). So a view needs no static holder: it is given what it works with.
 *
 * @param path    the route below the module, {@code ""} for its home screen; it may hold route parameters
 *                ({@code case/:id}), and such a screen is reached by links, not from the menu
 * @param view    the view class (a Vaadin {@code Component}; this API does not depend on Vaadin)
 * @param factory builds one view for one tenant; called on every navigation to the screen
 * @param labelZh the menu label in Chinese
 * @param labelEn the menu label in English
 * @param roles   the platform roles that use the screen ({@code caseworker}, {@code organiser}, ...); empty
 *                for everybody of the federation. Nobody else finds it in the menu or opens it (the
 *                module's services check again)
 */
public record ModuleView(String path, Class<?> view, Function<TenantScope, ?> factory, String labelZh, String labelEn,
                         Set<String> roles) {

    public ModuleView {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        roles = Set.copyOf(roles);
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("view path is relative to the module: " + path);
        }
    }

    /** A screen for everybody of the federation, built by {@code factory} for the tenant of the route. */
    public <T> ModuleView(String path, Class<T> view, Function<TenantScope, ? extends T> factory, String labelZh,
                          String labelEn) {
        this(path, view, factory, labelZh, labelEn, Set.of());
    }

    /** The same screen, for the given roles only. */
    public ModuleView forRoles(String... only) {
        return new ModuleView(path, view, factory, labelZh, labelEn, Set.of(only));
    }

    /** One view of this screen for the tenant of the route; the kernel calls it after its checks. */
    public Object build(TenantScope tenant) {
        Object built = factory.apply(Objects.requireNonNull(tenant, "tenant"));
        if (!view.isInstance(built)) {
            throw new IllegalStateException("the factory of " + view.getName() + " built " + built);
        }
        return built;
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
