package org.qiaoyun.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Store;

/**
 * A tenant scope as the kernel gives it to a module, for the module's persistence tests: the module's
 * real unit on a real database, each EntityManager bound to the tenant as the kernel binds it, a caller
 * with roles; audit entries and indicator values are kept in memory to be looked at.
 */
public final class TestTenantScope implements TenantScope {

    private final EntityManagerFactory unit;
    private final String tenant;
    private final String user;
    private final Set<String> roles;
    private final Clock clock;
    /** The federation's accounts, when a test names them; null: every username is one. */
    private Set<String> members;
    private final List<String> audited;
    private final Map<String, BigDecimal> recorded;
    private final Map<YearMonth, Map<String, BigDecimal>> recordedByMonth;
    private final List<Told> told = Collections.synchronizedList(new ArrayList<>());
    private final List<Attached> attachments = Collections.synchronizedList(new ArrayList<>());
    private Map<String, org.qiaoyun.api.files.Attachments.Opened> files = new ConcurrentHashMap<>();
    /** The nominations sent up through {@link #recognition()}, shared by the copies as the platform's are. */
    private List<SentUp> sentUp = Collections.synchronizedList(new ArrayList<>());
    /** The federation's suppression list (lower case), shared by the copies as the federation's is. */
    private Set<String> suppressed = ConcurrentHashMap.newKeySet();
    /** The bounces the platform's mail channel met in the federation, shared by the copies as the federation's are. */
    private List<org.qiaoyun.api.notify.Notifications.Bounce> bounces = Collections.synchronizedList(new ArrayList<>());

    /**
     * A notification told through this scope whose transaction committed: to an account or to an email address, in
     * the language it is written in ({@code zh} or {@code en}; an account's is the kernel's to know: {@code zh} here).
     */
    public record Told(String recipient, String kind, List<Object> arguments, String language) {

        public Told(String recipient, String kind, List<Object> arguments) {
            this(recipient, kind, arguments, "zh");
        }
    }

    /** A nomination a module sent up through {@link #recognition()}. */
    public record SentUp(String id, org.qiaoyun.api.recognition.Recognition.Award award, int year, String nominee, String citation,
                         String awardingFederation) {
    }

    /** A caller on the {@link StoryClock}: for tests whose story does not depend on the date. */
    public TestTenantScope(EntityManagerFactory unit, String tenant, String user, String... roles) {
        this(unit, tenant, StoryClock.ticking(), user, roles);
    }

    /** A caller whose scope tells the time by {@code clock} (a fixed clock for stories about dates). */
    public TestTenantScope(EntityManagerFactory unit, String tenant, Clock clock, String user, String... roles) {
        this(unit, tenant, clock, user, Set.of(roles), Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    private TestTenantScope(EntityManagerFactory unit, String tenant, Clock clock, String user, Set<String> roles,
                            List<String> audited, Map<String, BigDecimal> recorded,
                            Map<YearMonth, Map<String, BigDecimal>> recordedByMonth) {
        this.unit = unit;
        this.tenant = tenant;
        this.clock = clock;
        this.user = user;
        this.roles = roles;
        this.audited = audited;
        this.recorded = recorded;
        this.recordedByMonth = recordedByMonth;
    }

    /** Names the federation's accounts (the caller is always one): other usernames are not members. */
    private final java.util.Map<String, Set<String>> memberRoles = new java.util.HashMap<>();

    public TestTenantScope withMembers(String... usernames) {
        Set<String> named = new java.util.HashSet<>(Set.of(usernames));
        named.add(user);
        members = Set.copyOf(named);
        return this;
    }

    @Override
    public boolean hasMember(String username) {
        return username != null && (members == null || members.contains(username));
    }

    /**
     * A member named with {@link #withMemberInRoles} holds exactly those roles; one named with {@link #withMembers}
     * (or anyone, while no member is named) holds any role, for tests that do not tell roles apart.
     */
    @Override
    public boolean hasMember(String username, String role) {
        if (!hasMember(username)) {
            return false;
        }
        Set<String> held = memberRoles.get(username);
        return held == null || held.contains(role);
    }

    /**
     * The members named with {@link #withMemberInRoles} that hold any of {@code roles}, and those named with
     * {@link #withMembers} (who hold any role), with the caller when they hold one of the roles; sorted.
     */
    @Override
    public List<String> members(String... roles) {
        Set<String> wanted = Set.of(roles);
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        if (members != null) {
            for (String member : members) {
                Set<String> held = member.equals(user) ? this.roles : memberRoles.get(member);
                if (held == null || held.stream().anyMatch(wanted::contains)) {
                    found.add(member);
                }
            }
        } else if (this.roles.stream().anyMatch(wanted::contains)) {
            found.add(user);
        }
        return List.copyOf(found);
    }

    /** Names a member of the federation with the roles their account holds. */
    public TestTenantScope withMemberInRoles(String username, String... roles) {
        withMembers(username);
        memberRoles.put(username, Set.of(roles));
        return this;
    }

    /** The same tenant and clock, another caller (with an audit log of their own). */
    public TestTenantScope as(String otherUser, String... otherRoles) {
        TestTenantScope other = new TestTenantScope(unit, tenant, clock, otherUser, otherRoles);
        other.files = files;
        other.suppressed = suppressed;
        other.bounces = bounces;
        other.sentUp = sentUp;
        return other;
    }

    /** The same tenant and caller at another time, writing to the same audit log and indicator values. */
    public TestTenantScope at(Clock otherClock) {
        TestTenantScope other = new TestTenantScope(unit, tenant, otherClock, user, roles, audited, recorded, recordedByMonth);
        other.files = files;
        other.suppressed = suppressed;
        other.bounces = bounces;
        other.sentUp = sentUp;
        return other;
    }

    /** What was audited through this scope, each as "action object summary". */
    public List<String> audited() {
        return List.copyOf(audited);
    }

    /** Whether an entry with this action and object was audited. */
    public boolean hasAudited(String action, String object) {
        return audited().stream().anyMatch(line -> line.startsWith(action + " " + object + " ") || line.equals(action + " " + object));
    }

    /** The indicator values recorded through this scope, by indicator code (the latest of any month). */
    public Map<String, BigDecimal> recorded() {
        return Map.copyOf(recorded);
    }

    /** The indicator values recorded for one month, by indicator code. */
    public Map<String, BigDecimal> recorded(YearMonth month) {
        return Map.copyOf(recordedByMonth.getOrDefault(month, Map.of()));
    }

    /** Puts addresses on the federation's suppression list, as an unsubscribe or a bounce would. */
    public TestTenantScope suppressing(String... addresses) {
        for (String address : addresses) {
            suppressed.add(address.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return this;
    }

    /**
     * The platform's mail channel met a permanent refusal of {@code address} at {@code at}, the server saying
     * {@code detail}: the address goes on the suppression list and is among the federation's bounces.
     */
    public TestTenantScope bouncing(String address, java.time.Instant at, String detail) {
        String kept = address.strip().toLowerCase(java.util.Locale.ROOT);
        suppressed.add(kept);
        bounces.add(new org.qiaoyun.api.notify.Notifications.Bounce(kept, at, detail));
        return this;
    }

    /** A file an email told through this scope carries (kept as the email is told, before its transaction ends). */
    public record Attached(String recipient, String kind, org.qiaoyun.api.notify.Notifications.Attachment attachment) {
    }

    /** The files the emails told through this scope carry, in order. */
    public List<Attached> attachments() {
        return List.copyOf(attachments);
    }

    /** The notifications told through this scope whose transactions committed, in order. */
    public List<Told> told() {
        return List.copyOf(told);
    }

    /** Whether {@code recipient} (a username or an email address) was told of {@code kind}. */
    public boolean hasTold(String recipient, String kind) {
        return told().stream().anyMatch(t -> t.recipient().equals(recipient) && t.kind().equals(kind));
    }

    /**
     * Notifications as the kernel takes them: only to members (when named), only of the module's kinds with a subject and
     * a body in both languages, kept only when their transaction commits (or at once outside one).
     */
    @Override
    public org.qiaoyun.api.notify.Notifications notifications() {
        return new org.qiaoyun.api.notify.Notifications() {
            @Override
            public void tell(String username, String kind, Object... arguments) {
                if (!hasMember(username)) {
                    throw new org.qiaoyun.api.InvalidInputException("recipient", org.qiaoyun.api.Text.of("kernel.notify.not-a-member", username));
                }
                keep(new Told(username, kind, java.util.Arrays.asList(arguments)));
            }

            @Override
            public void email(String address, java.util.Locale language, String kind, Object... arguments) {
                if (address == null || !address.strip().matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")) {
                    throw new org.qiaoyun.api.InvalidInputException("email", org.qiaoyun.api.Text.of("kernel.contact.email-format"));
                }
                keep(new Told(address.strip(), kind, java.util.Arrays.asList(arguments),
                        org.qiaoyun.api.Text.isEnglish(language) ? "en" : "zh"));
            }

            @Override
            public void email(String address, java.util.Locale language, Attachment attachment, String kind, Object... arguments) {
                java.util.Objects.requireNonNull(attachment, "attachment");
                email(address, language, kind, arguments);
                attachments.add(new Attached(address.strip(), kind, attachment));
            }

            @Override
            public void tellStaff(String kind, Object... arguments) {
                keep(new Told(STAFF_GROUP, kind, java.util.Arrays.asList(arguments)), List.of("", ".group"));
            }

            @Override
            public boolean isSuppressed(String address) {
                return address != null && suppressed.contains(address.strip().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public void unsubscribe(String address) {
                suppressed.add(address.strip().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public List<Bounce> bounces(java.time.Instant since, int max) {
                synchronized (bounces) {
                    return bounces.stream().filter(b -> !b.at().isBefore(since) && suppressed.contains(b.address()))
                            .sorted(java.util.Comparator.comparing(Bounce::at)).limit(max).toList();
                }
            }
        };
    }

    /**
     * Nominations kept in memory, refused as the platform refuses them where a module's test can tell (only admins
     * send up; the same nominee, award and year once); the awarding federations are a province and the nation above.
     */
    @Override
    public org.qiaoyun.api.recognition.Recognition recognition() {
        return new org.qiaoyun.api.recognition.Recognition() {
            @Override
            public String nominate(Award award, int year, String nominee, String citation, String awardingFederation) {
                if (!callerHas("admin")) {
                    throw new org.qiaoyun.api.PermissionDeniedException(org.qiaoyun.api.Text.of("kernel.access.admin-only", tenant));
                }
                boolean twice = sentUp.stream().anyMatch(s -> s.award() == award && s.year() == year && s.nominee().equals(nominee));
                if (twice) {
                    throw new org.qiaoyun.api.ConflictException("nominee", org.qiaoyun.api.Text.of("kernel.registry.nomination-twice", nominee, year));
                }
                String id = java.util.UUID.randomUUID().toString();
                sentUp.add(new SentUp(id, award, year, nominee, citation, awardingFederation));
                return id;
            }

            @Override
            public List<Federation> awardingFederations() {
                return List.of(new Federation(tenant + "-above", "上级侨联", "Federation above"), new Federation("cn", "中国侨联", "ACFROC"));
            }
        };
    }

    /** What the module sent up through {@link #recognition()}, in order. */
    public List<SentUp> sentUp() {
        return List.copyOf(sentUp);
    }

    /**
     * Files kept in memory, checked as the platform checks them (type by content, size, name) and audited as it
     * audits them; shared by the copies {@link #as} and {@link #at} make, as one tenant's files are.
     */
    @Override
    public org.qiaoyun.api.files.Attachments files() {
        return new org.qiaoyun.api.files.Attachments() {
            @Override
            public org.qiaoyun.api.files.Attachment attach(String record, String fileName, byte[] content) {
                org.qiaoyun.api.files.FileType type = org.qiaoyun.api.files.FileType.require(content);
                org.qiaoyun.api.files.Attachment attachment = new org.qiaoyun.api.files.Attachment(java.util.UUID.randomUUID().toString(),
                        record, org.qiaoyun.api.files.FileType.cleanName(fileName), type.mediaType(), content.length,
                        Integer.toHexString(java.util.Arrays.hashCode(content)), user, clock.instant());
                files.put(attachment.id(), new org.qiaoyun.api.files.Attachments.Opened(attachment, content.clone()));
                audit("attachment.add", record);
                return attachment;
            }

            @Override
            public List<org.qiaoyun.api.files.Attachment> of(String record) {
                return files.values().stream().map(org.qiaoyun.api.files.Attachments.Opened::attachment)
                        .filter(a -> a.record().equals(record)).sorted(java.util.Comparator.comparing(org.qiaoyun.api.files.Attachment::uploadedAt))
                        .toList();
            }

            @Override
            public org.qiaoyun.api.files.Attachments.Opened open(String id) {
                org.qiaoyun.api.files.Attachments.Opened opened = find(id);
                audit("attachment.read", opened.attachment().record());
                return opened;
            }

            @Override
            public void remove(String id) {
                audit("attachment.remove", find(id).attachment().record());
                files.remove(id);
            }

            private org.qiaoyun.api.files.Attachments.Opened find(String id) {
                org.qiaoyun.api.files.Attachments.Opened opened = id == null ? null : files.get(id);
                if (opened == null) {
                    throw new org.qiaoyun.api.UnknownObjectException(org.qiaoyun.api.Text.of("platform.file.unknown"));
                }
                return opened;
            }
        };
    }

    /** The recipient of what is told to the federation's staff group ({@code tellStaff}). */
    public static final String STAFF_GROUP = "#staff-group";

    private void keep(Told notice) {
        keep(notice, List.of(".subject", ".body"));
    }

    private void keep(Told notice, List<String> parts) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String owner = org.qiaoyun.api.Text.of(notice.kind()).owner();
        for (java.util.Locale language : List.of(org.qiaoyun.api.Text.CHINESE, org.qiaoyun.api.Text.ENGLISH)) {
            for (String part : parts) {
                boolean written;
                try {
                    written = org.qiaoyun.api.Text.bundle(owner, loader, language).containsKey(notice.kind() + part);
                } catch (java.util.MissingResourceException e) {
                    written = false;
                }
                if (!written) {
                    throw new IllegalArgumentException("notification kind " + notice.kind() + " has no text " + notice.kind() + part
                            + " in " + language.getDisplayLanguage(java.util.Locale.ENGLISH));
                }
            }
        }
        List<Told> pending = PENDING.get();
        if (pending != null) {
            pending.add(notice); // kept when the transaction commits
        } else {
            told.add(notice);
        }
    }

    /** Notifications told inside the transaction open on this thread, waiting for its commit. */
    private static final ThreadLocal<List<Told>> PENDING = new ThreadLocal<>();

    @Override
    public String tenantCode() {
        return tenant;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.of(user);
    }

    @Override
    public boolean callerHas(String role) {
        return roles.contains(role);
    }

    /** The transaction open on this thread in this scope's unit and tenant: work inside it joins it, as in the kernel. */
    private static final ThreadLocal<Map.Entry<String, EntityManager>> OPEN = new ThreadLocal<>();

    @Override
    public <T> T transaction(Function<EntityManager, T> work) {
        Map.Entry<String, EntityManager> open = OPEN.get();
        String key = System.identityHashCode(unit) + "/" + tenant;
        if (open != null && open.getKey().equals(key)) {
            return work.apply(open.getValue());
        }
        EntityManager em = unit.createEntityManager(Map.of(TENANT_PROPERTY, tenant));
        OPEN.set(Map.entry(key, em));
        List<Told> outerPending = PENDING.get();
        List<Told> pending = new ArrayList<>();
        PENDING.set(pending);
        try {
            boolean[] dryRun = new boolean[1];
            T result = Store.transaction(em, inner -> {
                T done = work.apply(inner);
                dryRun[0] = inner.getTransaction().getRollbackOnly();
                return done;
            });
            if (!dryRun[0]) {
                told.addAll(pending); // committed: what it told is told
            }
            return result;
        } finally {
            if (outerPending == null) {
                PENDING.remove();
            } else {
                PENDING.set(outerPending);
            }
            if (open == null) {
                OPEN.remove();
            } else {
                OPEN.set(open);
            }
        }
    }

    @Override
    public void audit(String action, String object, String summary) {
        // a summary kept by its code is read back in English, as a test states what it expects
        String shown = org.qiaoyun.api.Text.fromStored(summary)
                .map(text -> text.in(org.qiaoyun.api.Text.ENGLISH, Thread.currentThread().getContextClassLoader())).orElse(summary);
        audited.add(action + " " + object + (shown == null ? "" : " " + shown));
    }

    @Override
    public void record(String indicatorCode, YearMonth period, BigDecimal value) {
        recorded.put(indicatorCode, value);
        recordedByMonth.computeIfAbsent(period, m -> new ConcurrentHashMap<>()).put(indicatorCode, value);
    }
}
