package org.qiaoyun.kernel.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.ModulePersistence;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.indicator.IndicatorValue;
import org.qiaoyun.kernel.persistence.ColumnLengths;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.kernel.persistence.ReadOnlyWork;
import org.qiaoyun.kernel.persistence.RowSecurity;
import org.qiaoyun.kernel.text.Texts;

/**
 * Hosts the modules: loads every plugin jar in the plugins directory with PF4J, and for each runs its
 * migrations, builds its persistence unit and starts it.
 *
 * <p>Faults stay inside the module that has them. A jar that cannot be read, a module whose changelog
 * fails or whose start throws is {@link ModuleState#FAILED} with its reason, logged and shown by the
 * API, while the platform and the other modules go on.
 */
public class ModuleHost {

    private static final Logger LOG = Logger.getLogger(ModuleHost.class.getName());

    private final Path pluginsDir;
    private final DataSource dataSource;
    private final Texts texts;
    /** Composes what modules tell people (the kernel's one notifier, which knows the channels configured). */
    private final org.qiaoyun.kernel.notify.Notifier notifier;
    private final org.qiaoyun.kernel.identity.SecretSeal seal;
    private final Map<String, InstalledModule> modules = new LinkedHashMap<>();
    private PluginManager plugins;

    public ModuleHost(Path pluginsDir, DataSource dataSource, Texts texts, org.qiaoyun.kernel.notify.Notifier notifier,
                      org.qiaoyun.kernel.identity.SecretSeal seal) {
        this.seal = seal;
        this.pluginsDir = pluginsDir;
        this.dataSource = dataSource;
        this.texts = texts;
        this.notifier = notifier;
    }

    /**
     * Loads and starts every module. {@code contexts} gives each started module the context through
     * which it reaches tenants.
     */
    public synchronized void start(Function<InstalledModule, ModuleContext> contexts) {
        if (!Files.isDirectory(pluginsDir)) {
            LOG.warning(() -> "plugins directory " + pluginsDir.toAbsolutePath() + " does not exist: no modules installed");
            return;
        }
        plugins = new DefaultPluginManager(pluginsDir);
        plugins.loadPlugins();
        plugins.startPlugins();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            InstalledModule installed = new InstalledModule(plugin.getPluginId(),
                    plugin.getDescriptor().getVersion(), plugin.getPluginPath());
            modules.put(installed.id(), installed);
            startModule(plugin, installed, contexts);
        }
        reportUnreadableJars();
    }

    private void startModule(PluginWrapper plugin, InstalledModule installed, Function<InstalledModule, ModuleContext> contexts) {
        EntityManagerFactory factory = null;
        try {
            if (plugin.getPluginState() != PluginState.STARTED) {
                Throwable cause = plugin.getFailedException();
                throw new IllegalStateException("plugin did not start (" + plugin.getPluginState() + ")"
                        + (cause == null ? "" : ": " + cause), cause);
            }
            Module module = theModuleOf(plugin);
            if (!module.descriptor().id().equals(plugin.getPluginId())) {
                throw new IllegalStateException("module id " + module.descriptor().id()
                        + " differs from the plugin id " + plugin.getPluginId());
            }
            ModulePersistence persistence = module.persistence();
            ClassLoader loader = plugin.getPluginClassLoader();
            texts.register(installed.id(), loader); // its refusals and screens speak from texts/<id>*.properties
            if (persistence.changelog() != null) {
                Migrations.run(dataSource, persistence.changelog(), loader);
            }
            if (!persistence.entities().isEmpty()) {
                // The audit log and indicator values join every unit, so that a module's change and its
                // audit entry or indicator value commit in the same transaction.
                List<Class<?>> entities = new ArrayList<>(persistence.entities());
                entities.add(AuditEntry.class);
                entities.add(IndicatorValue.class);
                entities.add(org.qiaoyun.kernel.notify.Message.class); // the outbox: a notification commits with its change
                entities.add(org.qiaoyun.kernel.files.StoredFile.class); // a file attached in a change commits with it
                factory = PersistenceUnits.build(installed.id(), loader, plugin.getPluginPath().toUri().toURL(),
                        entities, dataSource);
                factory.createEntityManager().close(); // log in now, so a bad mapping fails here and not at the first request
                // the second wall: the module's own tables (not the kernel's audit and indicator tables) under row-level security
                org.eclipse.persistence.sessions.Session session = org.eclipse.persistence.jpa.JpaHelper.getServerSession(factory);
                // an embeddable (a case's goods) has no table of its own: it lies in its owner's, under the owner's wall
                RowSecurity.enable(dataSource, persistence.entities().stream().map(session::getDescriptor)
                        .filter(descriptor -> !descriptor.isAggregateDescriptor()).map(descriptor -> descriptor.getTableName()).toList());
                installed.rowSecurity(Database.isPostgres(dataSource));
                ReadOnlyWork.guard(factory); // an archived federation's module data: read, never written
                ColumnLengths.guard(factory, dataSource); // text too long for its column: a 400 naming the field
            }
            installed.started(module, factory);
            module.start(contexts.apply(installed));
            installed.offers(module.services());
            LOG.info(() -> "module " + installed.id() + " " + installed.version() + " started");
        } catch (Exception | LinkageError e) {
            if (factory != null && factory.isOpen()) {
                factory.close();
            }
            installed.failed(describe(e));
            LOG.log(Level.SEVERE, "module " + installed.id() + " FAILED: " + installed.failure(), e);
        }
    }

    private Module theModuleOf(PluginWrapper plugin) {
        List<Module> found = plugins.getExtensions(Module.class, plugin.getPluginId());
        if (found.size() != 1) {
            throw new IllegalStateException("a module jar holds exactly one Module extension; found " + found.size());
        }
        return found.get(0);
    }

    /** Jars PF4J could not even read as plugins still appear, failed, under their file name. */
    private void reportUnreadableJars() {
        Set<Path> loaded = modules.values().stream().map(m -> m.source().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(pluginsDir)) {
            files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".zip"))
                    .filter(f -> !loaded.contains(f.toAbsolutePath().normalize()))
                    .forEach(f -> {
                        String name = f.getFileName().toString();
                        InstalledModule unreadable = new InstalledModule(name, "?", f);
                        unreadable.failed("not a readable module jar (no valid PF4J descriptor)");
                        modules.put(name, unreadable);
                        LOG.severe(() -> "module jar " + name + " FAILED: " + unreadable.failure());
                    });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not list " + pluginsDir, e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof Migrations.MigrationFailedException)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Stops every module, closing persistence before the plugin class loaders go. */
    public synchronized void stop() {
        modules.values().forEach(InstalledModule::stopped);
        if (plugins != null) {
            plugins.stopPlugins();
            plugins.unloadPlugins();
        }
    }

    public synchronized Collection<InstalledModule> installed() {
        return List.copyOf(modules.values());
    }

    public synchronized Optional<InstalledModule> find(String moduleId) {
        return Optional.ofNullable(modules.get(moduleId));
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    /** The OpenAPI document a started module ships in its jar ({@code META-INF/openapi/<id>.yaml}), if any. */
    public Optional<String> openApiOf(String moduleId) {
        InstalledModule module = find(moduleId).filter(InstalledModule::isStarted).orElse(null);
        if (module == null || plugins == null) {
            return Optional.empty();
        }
        ClassLoader loader = plugins.getPluginClassLoader(moduleId);
        try (var in = loader == null ? null : loader.getResourceAsStream("META-INF/openapi/" + moduleId + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The kernel's notifier, for the modules' notifications. */
    org.qiaoyun.kernel.notify.Notifier notifier() {
        return notifier;
    }

    /** Seals the files modules keep (see {@link org.qiaoyun.kernel.files.ModuleFiles}). */
    org.qiaoyun.kernel.identity.SecretSeal seal() {
        return seal;
    }
}
