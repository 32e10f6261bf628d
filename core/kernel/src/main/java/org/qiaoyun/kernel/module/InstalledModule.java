package org.qiaoyun.kernel.module;

import java.nio.file.Path;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.api.ModuleView;

/**
 * A module the platform found in its plugins directory, with what the kernel built for it. A
 * failed module keeps its id (the plugin id, or the file name when not even that could be read)
 * and the reason it failed.
 */
public final class InstalledModule {

    private final String id;
    private final String version;
    private final Path source;
    private volatile ModuleState state;
    private volatile String failure;
    private volatile Module module;
    private volatile EntityManagerFactory persistence;
    private volatile List<Object> services = List.of();
    private volatile boolean rowSecurity;

    InstalledModule(String id, String version, Path source) {
        this.id = id;
        this.version = version;
        this.source = source;
        this.state = ModuleState.STOPPED;
    }

    void started(Module module, EntityManagerFactory persistence) {
        this.module = module;
        this.persistence = persistence;
        this.state = ModuleState.STARTED;
        this.failure = null;
    }

    /** Whether the module's tables are under row-level security (PostgreSQL): each transaction names its tenant. */
    void rowSecurity(boolean on) {
        this.rowSecurity = on;
    }

    boolean rowSecurity() {
        return rowSecurity;
    }

    /** The services the started module offers others (see {@code Module.services()}). */
    void offers(List<Object> offered) {
        this.services = List.copyOf(offered);
    }

    /** The service of the given type this module offers, while it runs. */
    public <T> java.util.Optional<T> offered(Class<T> type) {
        return services().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** What this module offers others while it runs; nothing once it stopped or failed. */
    List<Object> services() {
        return state == ModuleState.STARTED ? services : List.of();
    }

    void failed(String reason) {
        closePersistence();
        this.services = List.of();
        this.module = null;
        this.state = ModuleState.FAILED;
        this.failure = reason;
    }

    void stopped() {
        closePersistence();
        this.services = List.of();
        this.state = ModuleState.STOPPED;
    }

    private void closePersistence() {
        // An open factory pins the plugin's class loader: close it before the plugin goes.
        EntityManagerFactory factory = persistence;
        persistence = null;
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public Path source() {
        return source;
    }

    public ModuleState state() {
        return state;
    }

    public boolean isStarted() {
        return state == ModuleState.STARTED;
    }

    /** Why the module failed, or null. */
    public String failure() {
        return failure;
    }

    /** The descriptor, or null when the module failed before it could give one. */
    public ModuleDescriptor descriptor() {
        Module running = module;
        return running == null ? null : running.descriptor();
    }

    public List<ModuleView> views() {
        Module running = module;
        return running == null ? List.of() : running.views();
    }

    public List<IndicatorDefinition> indicators() {
        Module running = module;
        return running == null ? List.of() : running.indicators();
    }

    Module module() {
        return module;
    }

    EntityManagerFactory persistence() {
        return persistence;
    }
}
