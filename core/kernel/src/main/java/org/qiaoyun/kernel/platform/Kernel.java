package org.qiaoyun.kernel.platform;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditTrail;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.identity.ApiToken;
import org.qiaoyun.kernel.identity.ApiTokens;
import org.qiaoyun.kernel.identity.Accounts;
import org.qiaoyun.kernel.identity.Passwords;
import org.qiaoyun.kernel.indicator.IndicatorValue;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.module.KernelModuleContext;
import org.qiaoyun.kernel.module.ModuleGate;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.module.ModuleResources;
import org.qiaoyun.kernel.module.ModuleSwitch;
import org.qiaoyun.kernel.module.ModuleSwitchboard;
import org.qiaoyun.kernel.persistence.ColumnLengths;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.text.Texts;
import org.qiaoyun.kernel.tenant.ModuleIdSetConverter;
import org.qiaoyun.kernel.tenant.Provisioning;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.TenantNames;
import org.qiaoyun.kernel.tenant.tree.TenantTreeFile;
import org.qiaoyun.kernel.tenant.tree.TenantTrees;

/**
 * The composition root of the kernel: opens the database, migrates it, builds the kernel's
 * persistence unit and services, starts the modules, and provisions an empty platform. Plain Java,
 * so that tests build the same kernel the server runs; the web layer exposes its services to CDI.
 */
public final class Kernel implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Kernel.class.getName());

    /** The root every platform has, when no demo tree provides one. */
    static final String ROOT_CODE = "cn";
    static final TenantNames ROOT_NAMES = new TenantNames("中国侨联", "All-China Federation of Returned Overseas Chinese");

    private final HikariDataSource dataSource;
    private final EntityManagerFactory unit;
    private final Store store;
    private final TenantDirectory tenants;
    private final Provisioning provisioning;
    private final org.qiaoyun.kernel.registry.RegistryFigures registryFigures;
    private final ModuleHost modules;
    private final ModuleGate gate;
    private final ModuleSwitchboard switchboard;
    private final ModuleResources resources;
    private final Indicators indicators;
    private final Accounts accounts;
    private final TenantTrees trees;
    private final AuditTrail audit;
    private final ApiTokens tokens;
    private final org.qiaoyun.kernel.identity.SecondFactors secondFactors;
    private final org.qiaoyun.kernel.registry.Areas areas;
    private final org.qiaoyun.kernel.registry.CoverageReport coverage;
    private final org.qiaoyun.kernel.registry.Profiles profiles;
    private final org.qiaoyun.kernel.registry.Committee committee;
    private final org.qiaoyun.kernel.registry.Homes homes;
    private final org.qiaoyun.kernel.registry.ContactPoints contactPoints;
    private final org.qiaoyun.kernel.registry.Associations associations;
    private final org.qiaoyun.kernel.registry.Nominations nominations;
    private final org.qiaoyun.kernel.identity.SecretSeal seal;
    private final org.qiaoyun.kernel.notify.Notifier notifier;
    private final org.qiaoyun.kernel.notify.StaffGroups staffGroups;
    private final org.qiaoyun.kernel.notify.SmsSigns smsSigns;
    /** The text messages' provider the platform sends by (the last sender made), for its default sign name. */
    private volatile java.util.Optional<org.qiaoyun.kernel.notify.SmsSettings> sms = java.util.Optional.empty();
    private final org.qiaoyun.kernel.notify.Inbox inbox;
    private final org.qiaoyun.kernel.notify.Outbox outbox;
    private final org.qiaoyun.kernel.notify.Choices choices;
    private final org.qiaoyun.kernel.notify.Suppressions suppressions;
    private final org.qiaoyun.kernel.notify.Unsubscribes unsubscribes;
    private final org.qiaoyun.kernel.lease.Leases leases;
    private volatile org.qiaoyun.kernel.notify.Postman postman;
    /** The SMTP server the platform sends by (the last sender made), for an admin's test email. */
    private volatile java.util.Optional<org.qiaoyun.kernel.notify.MailSettings> mail = java.util.Optional.empty();
    private volatile org.qiaoyun.kernel.audit.AuditRetention auditRetention;
    private volatile org.qiaoyun.kernel.audit.AuditKeeper auditKeeper;
    private volatile org.qiaoyun.kernel.schedule.DailyRounds dailyRounds;
    private final Clock clock;
    private final Texts texts = new Texts();
    private volatile boolean ready;
    private volatile boolean demoProvisioned;
    /** Held from the first migration to the end of the first provisioning (see {@link Kernel#start}). */
    private final org.qiaoyun.kernel.persistence.StartupLock startup;

    private Kernel(KernelSettings settings, Clock clock) {
        this.clock = clock;
        dataSource = Database.pool(settings.jdbcUrl(), settings.user(), settings.password(), settings.maxConnections());
        startup = org.qiaoyun.kernel.persistence.StartupLock.acquire(dataSource);
        ClassLoader loader = Kernel.class.getClassLoader();
        try {
            Migrations.run(dataSource, "db/kernel/changelog.xml", loader);
        } catch (RuntimeException e) {
            startup.close();
            dataSource.close();
            throw e;
        }
        unit = PersistenceUnits.build("kernel", loader, PersistenceUnits.rootOf(Kernel.class),
                List.of(Tenant.class, ModuleIdSetConverter.class, ModuleSwitch.class, AuditEntry.class, IndicatorValue.class,
                        Account.class, ApiToken.class, org.qiaoyun.kernel.identity.SignInFailure.class,
                        org.qiaoyun.kernel.registry.Area.class, org.qiaoyun.kernel.registry.OrganisationProfile.class,
                        org.qiaoyun.kernel.registry.Home.class, org.qiaoyun.kernel.registry.CoverageTarget.class,
                        org.qiaoyun.kernel.registry.CommitteeMember.class, org.qiaoyun.kernel.registry.Association.class,
                        org.qiaoyun.kernel.registry.Nomination.class, org.qiaoyun.kernel.registry.NominationStep.class,
                        org.qiaoyun.kernel.registry.ContactPoint.class, org.qiaoyun.kernel.registry.Visit.class,
                        org.qiaoyun.kernel.notify.Message.class, org.qiaoyun.kernel.notify.Choice.class,
                        org.qiaoyun.kernel.notify.Suppression.class, org.qiaoyun.kernel.notify.StaffGroup.class,
                        org.qiaoyun.kernel.notify.SmsSign.class, org.qiaoyun.kernel.identity.MobileCheck.class,
                        org.qiaoyun.kernel.files.StoredFile.class), dataSource);
        ColumnLengths.guard(unit, dataSource);
        store = new Store(unit);
        tenants = new TenantDirectory(store);
        registryFigures = new org.qiaoyun.kernel.registry.RegistryFigures(store, clock);
        // the new federations only: looking after each for every federation without figures cost a pass over the tree
        provisioning = new Provisioning(store, clock, codes -> codes.forEach(registryFigures::refresh));
        notifier = new org.qiaoyun.kernel.notify.Notifier(texts, clock);
        seal = org.qiaoyun.kernel.identity.SecretSeal.fromBase64(settings.secretsKey());
        modules = new ModuleHost(settings.pluginsDir(), dataSource, texts, notifier, seal);
        staffGroups = new org.qiaoyun.kernel.notify.StaffGroups(store, clock, seal::seal, seal::open);
        smsSigns = new org.qiaoyun.kernel.notify.SmsSigns(store, clock);
        gate = new ModuleGate(store, modules);
        switchboard = new ModuleSwitchboard(store, modules, clock);
        resources = new ModuleResources(modules, gate, store, clock);
        // the registry's figures first (the kernel's own work, always on), then the running modules' by id
        indicators = new Indicators(store, () -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(org.qiaoyun.kernel.registry.RegistryFigures.catalogue()),
                modules.installed().stream()
                        .filter(m -> m.isStarted() && !m.indicators().isEmpty())
                        .sorted(java.util.Comparator.comparing(org.qiaoyun.kernel.module.InstalledModule::id))
                        .map(m -> new org.qiaoyun.kernel.indicator.IndicatorCatalogue.ModuleIndicators(m.id(), m.descriptor().nameZh(),
                                m.descriptor().nameEn(), m.indicators())))
                .toList(), clock);
        inbox = new org.qiaoyun.kernel.notify.Inbox(store, clock);
        outbox = new org.qiaoyun.kernel.notify.Outbox(store, clock);
        choices = new org.qiaoyun.kernel.notify.Choices(store, texts, notifier, clock, tenantCode -> modules.installed().stream()
                .map(org.qiaoyun.kernel.module.InstalledModule::id)
                .filter(id -> gate.consider(tenantCode, id).availability().isOpen()).sorted().toList());
        suppressions = new org.qiaoyun.kernel.notify.Suppressions(store, clock);
        unsubscribes = new org.qiaoyun.kernel.notify.Unsubscribes(store, seal::seal, seal::open, suppressions, texts);
        leases = new org.qiaoyun.kernel.lease.Leases(store, clock);
        accounts = new Accounts(store, new Passwords(settings.passwordIterations()), clock, seal, notifier);
        audit = new AuditTrail(store);
        tokens = new ApiTokens(store, accounts, clock);
        secondFactors = new org.qiaoyun.kernel.identity.SecondFactors(store, clock, seal);
        trees = new TenantTrees(store, provisioning, switchboard, modules, accounts);
        areas = new org.qiaoyun.kernel.registry.Areas(store, clock);
        coverage = new org.qiaoyun.kernel.registry.CoverageReport(store, clock);
        profiles = new org.qiaoyun.kernel.registry.Profiles(store, clock);
        committee = new org.qiaoyun.kernel.registry.Committee(store, clock);
        homes = new org.qiaoyun.kernel.registry.Homes(store, clock);
        contactPoints = new org.qiaoyun.kernel.registry.ContactPoints(store, clock);
        associations = new org.qiaoyun.kernel.registry.Associations(store, clock);
        nominations = new org.qiaoyun.kernel.registry.Nominations(store, clock);
    }

    /** Starts a kernel: migrations, modules, and the first tenants if the database is empty. */
    public static Kernel start(KernelSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    /**
     * Starts a kernel that tells the time by {@code clock}: the one clock the kernel and every module's
     * scope read (tests fix it; the server runs on the system clock).
     */
    public static Kernel start(KernelSettings settings, Clock clock) {
        long started = System.nanoTime();
        Kernel kernel = new Kernel(settings, clock);
        try {
            kernel.modules.start(kernel::contextOf);
            Caller.asSystem(() -> { // the platform's own work, before any request
                kernel.checkIdKeys();
                kernel.provisionIfEmpty(settings);
                kernel.accounts.ensurePlatformAdmin(kernel.rootCode(), settings.adminPassword());
                kernel.registryFigures.refreshMissing(); // federations made before the registry reported figures
                return null;
            });
        } catch (RuntimeException e) {
            kernel.close();
            throw e;
        } finally {
            kernel.startup.close(); // the next instance may migrate and find the tenants this one made
        }
        kernel.ready = true;
        LOG.info(() -> "kernel ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return kernel;
    }

    /**
     * Refuses to start when a module's ID key does not open the numbers it sealed before
     * ({@link org.qiaoyun.kernel.module.SealedNumbersCheck}), naming the setting to mend.
     */
    private void checkIdKeys() {
        java.util.Map<String, java.util.Set<String>> enabled = store.transaction(em -> ModuleSwitchboard.enabledInSubtree(em, "/"));
        for (org.qiaoyun.kernel.module.InstalledModule module : modules.installed()) {
            java.util.Optional<org.qiaoyun.api.personal.SealedNumbers> numbers = module.isStarted()
                    ? module.offered(org.qiaoyun.api.personal.SealedNumbers.class) : java.util.Optional.empty();
            if (numbers.isPresent()) {
                java.util.List<String> federations = enabled.entrySet().stream().filter(e -> e.getValue().contains(module.id()))
                        .map(java.util.Map.Entry::getKey).filter(code -> gate.check(code, module.id()).isOpen()).sorted().toList();
                org.qiaoyun.kernel.module.SealedNumbersCheck.check(module.id(), numbers.get(), federations,
                        code -> contextOf(module).tenant(code));
            }
        }
    }

    private void provisionIfEmpty(KernelSettings settings) {
        if (tenants.count(null) > 0) {
            return;
        }
        if (settings.demo()) {
            try (InputStream demo = Kernel.class.getClassLoader().getResourceAsStream(settings.demoTree())) {
                if (demo == null) {
                    throw new IllegalStateException("demo tree " + settings.demoTree() + " is not on the class path");
                }
                trees.applyAtFirstStart(TenantTreeFile.read(demo));
                demoProvisioned = true;
                LOG.info("provisioned the demo federations from " + settings.demoTree());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + settings.demoTree(), e);
            }
        } else {
            provisioning.ensureRoot(ROOT_CODE, ROOT_NAMES);
        }
    }

    /** The code of the national root. */
    public String rootCode() {
        return store.transaction(em -> em.createQuery("select t.code from Tenant t where t.parentCode is null", String.class)
                .getSingleResult());
    }

    /** The context the kernel gives a module: tenant scopes checked by the gate, on the kernel's clock. */
    public KernelModuleContext contextOf(org.qiaoyun.kernel.module.InstalledModule module) {
        return new KernelModuleContext(module, gate, store, clock, modules);
    }

    /** The context of an installed module with its clock set elsewhere in time (demo records made "in the past"). */
    KernelModuleContext contextOf(org.qiaoyun.kernel.module.InstalledModule module, Clock at) {
        return new KernelModuleContext(module, gate, store, at, modules);
    }

    /** The context of an installed module, by its id (for tests and tools that act as the module). */
    public KernelModuleContext contextOf(String moduleId) {
        return contextOf(modules.find(moduleId).orElseThrow(() -> new org.qiaoyun.kernel.module.UnknownModuleException(moduleId)));
    }

    /** The time as the platform tells it. */
    public Clock clock() {
        return clock;
    }

    /** Whether migrations ran and modules were started: what readiness reports. */
    public boolean isReady() {
        return ready;
    }

    /** Whether this start provisioned the demo federations (an empty database in demo mode). */
    public boolean provisionedDemo() {
        return demoProvisioned;
    }

    /**
     * Fills the demo federations with the modules' demo records (cases at every step, shifts served...),
     * made by their demo accounts through the modules' own services. For trial platforms only.
     */
    public void fillDemoRecords() {
        new DemoRecords(this).fill();
    }

    /** Texts of the kernel and of every started module, in Chinese and English. */
    public Texts texts() {
        return texts;
    }

    public TenantDirectory tenants() {
        return tenants;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public ModuleHost modules() {
        return modules;
    }

    public ModuleGate gate() {
        return gate;
    }

    public ModuleSwitchboard switchboard() {
        return switchboard;
    }

    /**
     * The pseudonym of a public page's client for a federation's modules: a keyed hash of its network address and the
     * federation (the platform's secrets key), the same on every instance, never the address itself.
     */
    public String publicClient(String tenantCode, String address) {
        return address == null ? null : seal.pseudonym("public-client", tenantCode + "\n" + address);
    }

    public ModuleResources resources() {
        return resources;
    }

    public Indicators indicators() {
        return indicators;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Enrolling and removing second factors. */
    public org.qiaoyun.kernel.identity.SecondFactors secondFactors() {
        return secondFactors;
    }

    /** The API's bearer tokens. */
    public ApiTokens tokens() {
        return tokens;
    }

    /** The audit log as admins read it. */
    public AuditTrail audit() {
        return audit;
    }

    /** The townships and villages counties record, with their people and organisations. */
    public org.qiaoyun.kernel.registry.Areas areas() {
        return areas;
    }

    /** The organisation records beside the tenants. */
    public org.qiaoyun.kernel.registry.Profiles profiles() {
        return profiles;
    }

    /** The committee members on federations' organisation records. */
    public org.qiaoyun.kernel.registry.Committee committee() {
        return committee;
    }

    /** The Homes of Overseas Chinese (侨胞之家) and their five haves. */
    public org.qiaoyun.kernel.registry.Homes homes() {
        return homes;
    }

    /** Direct contact points (直接联系点) and their visits. */
    public org.qiaoyun.kernel.registry.ContactPoints contactPoints() {
        return contactPoints;
    }

    /** The networks: associations linked at home (1+N) and paired abroad (1+Y). */
    public org.qiaoyun.kernel.registry.Associations associations() {
        return associations;
    }

    /** The evidence files of a federation's Homes of Overseas Chinese (see {@link org.qiaoyun.kernel.registry.Homes#evidence}). */
    public org.qiaoyun.api.files.Attachments homeEvidence(String tenantCode) {
        return homes.evidence(tenantCode, seal);
    }

    /** Recognition that flows up: nominations decided level by level. */
    public org.qiaoyun.kernel.registry.Nominations nominations() {
        return nominations;
    }

    /** The coverage report of a subtree (应建尽建). */
    public org.qiaoyun.kernel.registry.CoverageReport coverage() {
        return coverage;
    }

    public TenantTrees trees() {
        return trees;
    }

    /** Composes notifications in their readers' languages, for the outbox. */
    public org.qiaoyun.kernel.notify.Notifier notifier() {
        return notifier;
    }

    /** The bell: the signed-in person's own notifications. */
    public org.qiaoyun.kernel.notify.Inbox inbox() {
        return inbox;
    }

    /** The federations' staff groups in WeChat Work: the robot's webhook, set by their admins. */
    public org.qiaoyun.kernel.notify.StaffGroups staffGroups() {
        return staffGroups;
    }

    /** A person proving their mobile number theirs by a code sent to it, before text messages go to it. */
    public org.qiaoyun.kernel.identity.MobileVerification mobileVerification() {
        return new org.qiaoyun.kernel.identity.MobileVerification(store, clock, notifier);
    }

    /** The federations' own sign names for text messages. */
    public org.qiaoyun.kernel.notify.SmsSigns smsSigns() {
        return smsSigns;
    }

    /** The platform's sign name for text messages ({@code QIAOYUN_SMS_SIGN}), if text messages are configured. */
    public java.util.Optional<String> platformSmsSign() {
        return sms.map(org.qiaoyun.kernel.notify.SmsSettings::sign);
    }

    /** An admin's test email to their own address, through the SMTP server the platform sends by. */
    public org.qiaoyun.kernel.notify.TestEmails testEmails() {
        return new org.qiaoyun.kernel.notify.TestEmails(store, texts, clock, () -> mail, java.time.Duration.ofSeconds(10));
    }

    /** The same waiting at most {@code timeout} for the server (tests of a server that never answers). */
    public org.qiaoyun.kernel.notify.TestEmails testEmails(java.time.Duration timeout) {
        return new org.qiaoyun.kernel.notify.TestEmails(store, texts, clock, () -> mail, timeout);
    }

    /** The outbox as admins see it: pending, sent and dead messages, and sending a dead one again. */
    public org.qiaoyun.kernel.notify.Outbox outbox() {
        return outbox;
    }

    /** What each person chose to receive, by kind and channel. */
    public org.qiaoyun.kernel.notify.Choices choices() {
        return choices;
    }

    /** The federations' suppression lists: addresses unsubscribed or bounced, not mailed. */
    public org.qiaoyun.kernel.notify.Suppressions suppressions() {
        return suppressions;
    }

    /** The unsubscribe link of every email and its public page. */
    public org.qiaoyun.kernel.notify.Unsubscribes unsubscribes() {
        return unsubscribes;
    }

    /** Run-once leases for background work across the platform's instances. */
    public org.qiaoyun.kernel.lease.Leases leases() {
        return leases;
    }

    /**
     * The sender of the outbox over the given channels (email when {@code mail} is configured; in-app messages need
     * none), draining on every instance that calls this but one at a time (the lease). For a round of one's own
     * (tests, tools), call its {@code drain()}.
     */
    public org.qiaoyun.kernel.notify.Sender sender(java.util.Optional<org.qiaoyun.kernel.notify.MailSettings> mail) {
        return sender(mail, java.util.Optional.empty());
    }

    /**
     * The same with text messages too when {@code sms} is configured: from then on the kinds it has templates for are
     * also written to the outbox by SMS for accounts with a mobile number.
     */
    public org.qiaoyun.kernel.notify.Sender sender(java.util.Optional<org.qiaoyun.kernel.notify.MailSettings> mail,
                                                   java.util.Optional<org.qiaoyun.kernel.notify.SmsSettings> sms) {
        List<org.qiaoyun.kernel.notify.Channel> channels = new java.util.ArrayList<>();
        this.mail = mail;
        this.sms = sms;
        mail.map(settings -> new org.qiaoyun.kernel.notify.EmailChannel(settings, message -> java.util.Optional.of(
                new org.qiaoyun.kernel.notify.EmailChannel.Foot.Line(texts.render(org.qiaoyun.api.Text.of("kernel.notify.unsubscribe.foot"),
                        message.language()), unsubscribes.link(message.tenantCode(), message.address())))))
                .ifPresent(channels::add);
        channels.add(new org.qiaoyun.kernel.notify.RobotChannel(tenantCode -> staffGroups.webhook(tenantCode)
                .map(org.qiaoyun.kernel.notify.RobotWebhook::uri)));
        sms.ifPresent(settings -> {
            channels.add(new org.qiaoyun.kernel.notify.SmsChannel(settings, smsSigns::signOf, settings.provider(clock)));
            notifier.sendByTextMessage(settings.templates().keySet());
        });
        return new org.qiaoyun.kernel.notify.Sender(store, clock, channels, Database.isPostgres(dataSource));
    }

    /** Starts the kernel's thread that sends notifications every {@code every}; it stops when the kernel closes. */
    public synchronized void startSending(java.util.Optional<org.qiaoyun.kernel.notify.MailSettings> mail, java.time.Duration every) {
        startSending(mail, java.util.Optional.empty(), every);
    }

    /** The same with text messages when {@code sms} is configured. */
    public synchronized void startSending(java.util.Optional<org.qiaoyun.kernel.notify.MailSettings> mail,
                                          java.util.Optional<org.qiaoyun.kernel.notify.SmsSettings> sms, java.time.Duration every) {
        if (postman != null) {
            throw new IllegalStateException("the sender is running already");
        }
        String instance = java.util.UUID.randomUUID().toString();
        postman = new org.qiaoyun.kernel.notify.Postman(leases, sender(mail, sms), every, instance).start();
        LOG.info(() -> "notifications: sending " + mail.map(m -> "email by " + m).orElse("no email (no SMTP host configured)")
                + sms.map(t -> ", text messages by " + t).orElse(", no text messages") + ", instance " + instance);
    }

    /**
     * The audit retention: entries older than {@code keepDays} (at least 180, else refused) archived under
     * {@code archiveDirectory}, then removed through the database's function. For a run of one's own (tests, tools);
     * the platform's daily run is {@link #startAuditRetention}.
     */
    public org.qiaoyun.kernel.audit.AuditRetention auditRetention(int keepDays, java.nio.file.Path archiveDirectory) {
        return new org.qiaoyun.kernel.audit.AuditRetention(dataSource, clock, keepDays, archiveDirectory);
    }

    /** The retention the platform runs daily, once started; empty before. */
    public java.util.Optional<org.qiaoyun.kernel.audit.AuditRetention> auditRetention() {
        return java.util.Optional.ofNullable(auditRetention);
    }

    /**
     * Starts the daily audit retention (one instance runs it, through the run-once lease): a first look 5 minutes after
     * the start, then every hour. Refused, and the platform does not start, for fewer than 180 days.
     */
    public synchronized void startAuditRetention(int keepDays, java.nio.file.Path archiveDirectory) {
        if (auditKeeper != null) {
            throw new IllegalStateException("the audit retention is running already");
        }
        auditRetention = auditRetention(keepDays, archiveDirectory);
        String instance = java.util.UUID.randomUUID().toString();
        auditKeeper = new org.qiaoyun.kernel.audit.AuditKeeper(leases, auditRetention, clock, instance)
                .start(java.time.Duration.ofMinutes(5), java.time.Duration.ofHours(1));
        LOG.info(() -> "audit retention: entries kept " + keepDays + " days, then archived in " + archiveDirectory.toAbsolutePath());
    }

    /**
     * The modules' daily work ({@link org.qiaoyun.api.DailyWork}) as this instance would run it: for a run of one's
     * own (tests, tools); the platform's hourly look is {@link #startDailyWork}.
     */
    public org.qiaoyun.kernel.schedule.DailyRounds dailyRounds(String instance) {
        // the kernel's own: a contact point waiting too long for a visit is told to its cadre and the federation's admins
        org.qiaoyun.kernel.schedule.KernelDailyWork overduePoints = new org.qiaoyun.kernel.schedule.KernelDailyWork(
                "registry.contact-points", contactPoints::federationsWithPoints,
                federation -> contactPoints.tellOverdue(federation, (em, username, kind, arguments) -> em.createQuery(
                                "select a from Account a where a.username = :u", Account.class).setParameter("u", username)
                        .getResultStream().findFirst()
                        .ifPresent(account -> notifier.compose(federation, account.addressee(), kind, arguments).forEach(em::persist))));
        return new org.qiaoyun.kernel.schedule.DailyRounds(leases, store, modules, gate,
                module -> code -> contextOf(module).tenant(code), retentionPeriods(), clock, instance, java.util.List.of(overduePoints));
    }

    /** Each federation's keeping periods of the kinds of record its modules keep people's details in. */
    public org.qiaoyun.kernel.rights.RetentionPeriods retentionPeriods() {
        return new org.qiaoyun.kernel.rights.RetentionPeriods(store, modules);
    }

    /** People's rights over their data across the modules of a federation (find, copy, erase). */
    public org.qiaoyun.kernel.rights.PeoplesData peoplesData() {
        return new org.qiaoyun.kernel.rights.PeoplesData(store, modules, gate, module -> code -> contextOf(module).tenant(code));
    }

    /** A federation's data as one archive, to move it to another platform, and its import into an empty federation. */
    public org.qiaoyun.kernel.archive.FederationArchives archives() {
        return new org.qiaoyun.kernel.archive.FederationArchives(store, dataSource, modules, seal, clock,
                (module, code) -> contextOf(module).anySwitch(code));
    }

    /** Starts the hourly look for the modules' daily work (one instance runs it, through the run-once lease). */
    public synchronized void startDailyWork() {
        if (dailyRounds != null) {
            throw new IllegalStateException("the daily work is running already");
        }
        String instance = java.util.UUID.randomUUID().toString();
        dailyRounds = dailyRounds(instance).start(java.time.Duration.ofMinutes(2), java.time.Duration.ofHours(1));
    }

    /**
     * Backs the embedded H2 database up into {@code directory} while the platform runs (platform admins only);
     * refused on PostgreSQL, which is backed up with pg_dump (docs/operations.md).
     */
    public org.qiaoyun.kernel.persistence.EmbeddedBackup.Written backUpEmbeddedDatabase(java.nio.file.Path directory) {
        org.qiaoyun.kernel.access.Access.requirePlatformAdmin();
        return new org.qiaoyun.kernel.persistence.EmbeddedBackup(dataSource, clock).backUp(directory);
    }

    /** Runs the configured audit retention now (platform admins only), as the daily run would. */
    public org.qiaoyun.kernel.audit.AuditRetention.Outcome retireAuditEntriesNow() {
        org.qiaoyun.kernel.access.Access.requirePlatformAdmin();
        return auditRetention().orElseThrow(() -> new IllegalStateException("the audit retention is not started")).retire();
    }

    /** The kernel's own units of work, for services of the web layer (audit views, etc.). */
    public Store store() {
        return store;
    }

    @Override
    public void close() {
        ready = false;
        if (postman != null) {
            postman.close();
        }
        if (dailyRounds != null) {
            dailyRounds.close();
        }
        if (auditKeeper != null) {
            auditKeeper.close();
        }
        modules.stop();
        if (unit.isOpen()) {
            unit.close();
        }
        dataSource.close();
    }
}
