package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.text.Texts;

/**
 * What each person receives, by kind and channel: the signed-in person sees and changes their own choices, and the
 * sender asks before it sends. The defaults, where a person chose nothing: every kind by email (to an account with an
 * address) and by text message (where the kind has an approved template and the account a mobile); in the app always,
 * which nobody can turn off. What keeps an account safe (locked, sign-ins refused, password set anew) always reaches
 * its owner by email too: those kinds cannot be declined.
 */
public final class Choices {

    /** The code that proves a mobile number (identity's {@code MobileVerification.KIND}): asked for, so never declined, never held. */
    public static final String MOBILE_CODE = "kernel.notify.mobile-code";

    /** Kinds a person cannot decline: they are how an account's owner learns that somebody is at it. */
    static final Set<String> ALWAYS = Set.of("kernel.notify.account-locked", "kernel.notify.address-locked", "kernel.notify.password-reset",
            MOBILE_CODE);

    /** One kind as its person sees it: its name in their language and what they receive of it. */
    public record Setting(String kind, String name, boolean email, boolean sms, boolean smsOffered, boolean required) {
    }

    private final Store store;
    private final Texts texts;
    private final Notifier notifier;
    private final Clock clock;
    /** The modules open in a federation, whose kinds its people may choose about. */
    private final Function<String, List<String>> modulesOf;

    public Choices(Store store, Texts texts, Notifier notifier, Clock clock, Function<String, List<String>> modulesOf) {
        this.store = store;
        this.texts = texts;
        this.notifier = notifier;
        this.clock = clock;
        this.modulesOf = modulesOf;
    }

    /** The caller's choices over every kind the platform and their federation's modules tell of, in {@code language}. */
    public List<Setting> mine(Locale language) {
        var caller = Access.caller();
        Map<String, Boolean> chosen = store.transaction(em -> em.createQuery("select c from Choice c where c.username = :me", Choice.class)
                .setParameter("me", caller.username()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.kind() + "/" + c.channel(), Choice::receive)));
        List<Setting> settings = new ArrayList<>();
        for (String kind : kindsFor(caller.homeTenant())) {
            boolean required = ALWAYS.contains(kind);
            settings.add(new Setting(kind, texts.render(Text.of(kind), language),
                    required || chosen.getOrDefault(kind + "/" + Message.EMAIL, true),
                    chosen.getOrDefault(kind + "/" + Message.SMS, true), notifier.sendsByTextMessage(kind), required));
        }
        return settings;
    }

    /**
     * The caller chooses whether they receive {@code kind} by {@code channel} ({@code email} or {@code sms}).
     *
     * @throws InvalidInputException naming {@code kind} for a kind the caller is not told of, {@code channel} for the
     *                               app (always on) or an unknown channel, {@code receive} for declining what cannot be
     */
    public Setting choose(String kind, String channel, boolean receive, Locale language) {
        var caller = Access.caller();
        if (kind == null || !kindsFor(caller.homeTenant()).contains(kind)) {
            throw new InvalidInputException("kind", Text.of("kernel.notify.choice-kind", String.valueOf(kind)));
        }
        if (!Message.EMAIL.equals(channel) && !Message.SMS.equals(channel)) {
            throw new InvalidInputException("channel", Text.of("kernel.notify.choice-channel", String.valueOf(channel)));
        }
        if (!receive && ALWAYS.contains(kind) && Message.EMAIL.equals(channel)) {
            throw new InvalidInputException("receive", Text.of("kernel.notify.choice-required", Text.of(kind)));
        }
        store.transaction(em -> {
            Choice choice = em.find(Choice.class, new Choice.Key(caller.username(), kind, channel));
            if (choice == null) {
                em.persist(new Choice(caller.username(), kind, channel, receive, clock.instant()));
            } else {
                choice.choose(receive, clock.instant());
            }
            AuditLog.append(em, caller.homeTenant(), "notify.choice", caller.username(),
                    Text.of(receive ? "kernel.audit.notify-choice-on" : "kernel.audit.notify-choice-off", kind, channel));
            return null;
        });
        return mine(language).stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    /** Whether the reader of {@code message} wants it on its channel: the sender asks, in its transaction. */
    static boolean wanted(EntityManager em, Message message) {
        if (message.recipient() == null || Message.IN_APP.equals(message.channel()) || ALWAYS.contains(message.kind())) {
            return true;
        }
        Choice choice = em.find(Choice.class, new Choice.Key(message.recipient(), message.kind(), message.channel()));
        return choice == null || choice.receive();
    }

    private List<String> kindsFor(String tenantCode) {
        List<String> kinds = new ArrayList<>(texts.notificationKinds("kernel"));
        for (String module : modulesOf.apply(tenantCode)) {
            kinds.addAll(texts.notificationKinds(module));
        }
        return kinds;
    }
}
