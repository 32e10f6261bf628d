package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;
import org.qiaoyun.kernel.text.Texts;

/**
 * A test email an admin sends to their own address from the channel settings, now and outside the outbox, through the
 * SMTP server the platform sends by: whether it arrived at the server, or why not in plain words (no address on the
 * admin's account, no server configured, the connection refused, the host unknown, the time run out, TLS, the account
 * refused by the server, the address refused by it). Only to the caller's own address: the button cannot mail anyone
 * else.
 */
public final class TestEmails {

    /** The kind the test is sent as: it has no name, so it is never among a person's choices, and it is never stored. */
    static final String KIND = "kernel.notify.test.email";

    private final Store store;
    private final Texts texts;
    private final Clock clock;
    private final Supplier<Optional<MailSettings>> mail;
    private final Duration timeout;

    /** @param mail the SMTP server the platform sends by, if one is configured (asked at each test) */
    public TestEmails(Store store, Texts texts, Clock clock, Supplier<Optional<MailSettings>> mail, Duration timeout) {
        this.store = store;
        this.texts = texts;
        this.clock = clock;
        this.mail = mail;
        this.timeout = timeout;
    }

    /** Sends the test to the caller's own address, for the channels of {@code tenantCode} (its admins and those above). */
    public TestOutcome send(String tenantCode) {
        Asker asker = store.transaction(em -> {
            Tenant tenant = requireAdmin(em, tenantCode);
            CallerIdentity caller = Access.caller();
            Object[] account = em.createQuery("select a.email, a.language from Account a where a.username = :username", Object[].class)
                    .setParameter("username", caller.username()).getResultStream().findFirst().orElse(new Object[] {null, null});
            boolean english = "en".equals(account[1]);
            return new Asker(caller.username(), (String) account[0], english ? Texts.ENGLISH : Texts.CHINESE,
                    english ? tenant.names().en() : tenant.names().zh());
        });
        String address = asker.address();
        if (address == null) {
            return TestOutcome.failed(Text.of("kernel.notify.test.no-address"));
        }
        Optional<MailSettings> settings = mail.get();
        if (settings.isEmpty()) {
            return TestOutcome.failed(Text.of("kernel.notify.test.no-smtp"));
        }
        Locale language = asker.language();
        Text subject = Text.of(KIND + ".subject");
        Text body = Text.of(KIND + ".body", asker.federation(), settings.get().host());
        Message test = new Message(tenantCode, Message.EMAIL, asker.username(), address, language.getLanguage(), KIND,
                Text.of(KIND).stored(), texts.render(subject, language), texts.render(body, language), clock.instant());
        EmailChannel channel = new EmailChannel(settings.get(), message -> Optional.empty(), timeout);
        try {
            channel.send(test);
            return TestOutcome.delivered();
        } catch (Channel.DeliveryException e) {
            return TestOutcome.failed(explain(e));
        } catch (RuntimeException e) {
            return TestOutcome.failed(Text.of("kernel.notify.test.other", String.valueOf(e.getMessage())));
        } finally {
            channel.roundEnded();
        }
    }

    /** Who asks for the test: their address and language, and the federation's name in that language. */
    private record Asker(String username, String address, Locale language, String federation) {
    }

    /** Why an email did not reach the server, in plain words. */
    static Text explain(Channel.DeliveryException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = next(cause)) {
            if (cause instanceof AuthenticationFailedException) {
                return Text.of("kernel.notify.test.smtp-login");
            }
            if (cause instanceof SendFailedException || EmailChannel.refusedForGood(cause)) {
                return Text.of("kernel.notify.test.address-refused", words(cause));
            }
            if (String.valueOf(cause.getMessage()).contains("STARTTLS")) {
                return Text.of("kernel.notify.test.tls");
            }
        }
        return TestOutcome.network(e.getCause()).or(() -> networkOfNext(e.getCause()))
                .orElseGet(() -> Text.of("kernel.notify.test.other", String.valueOf(e.getMessage())));
    }

    /** Jakarta Mail chains the real failure as the "next exception" of its own, not always as the cause. */
    private static Throwable next(Throwable at) {
        if (at instanceof MessagingException messaging && messaging.getNextException() != null && messaging.getNextException() != at) {
            return messaging.getNextException();
        }
        return at.getCause();
    }

    private static Optional<Text> networkOfNext(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            Optional<Text> network = TestOutcome.network(cause);
            if (network.isPresent()) {
                return network;
            }
        }
        return Optional.empty();
    }

    /** The server's own words, its first line only: the reply with its code where one is in the chain, else the message. */
    private static String words(Throwable refusal) {
        for (Throwable at = refusal; at != null; at = next(at)) {
            String line = firstLine(at.getMessage());
            if (line.matches("\\d{3}[ -].*")) {
                return line;
            }
        }
        return firstLine(refusal.getMessage());
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static Tenant requireAdmin(EntityManager em, String tenantCode) {
        Tenant tenant = tenantCode == null ? null : em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        return tenant;
    }
}
