package org.qiaoyun.plugins.events.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.TooManyRequestsException;

/**
 * That a public sign-up came from one client: the platform's pseudonym of its network address (never the address),
 * and when. Kept an hour, for the module's limit per address ({@link #LIMIT} sign-ups an hour in a federation), in the
 * database so that every instance counts the same. A family signing up from one phone, or guests behind one carrier's
 * shared address, stay well under it; a script filling the list does not.
 */
@Entity
@Table(name = "events_client_signup")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class ClientSignUp {

    /** Public sign-ups one client may make in a federation within {@link #WINDOW}. */
    public static final int LIMIT = 20;
    public static final Duration WINDOW = Duration.ofHours(1);
    /** The longest a pseudonym is the platform's (it comes as 22 characters). */
    static final int CLIENT = 64;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "client", length = CLIENT, nullable = false, updatable = false)
    private String client;

    @Column(name = "signed_up_at", nullable = false, updatable = false)
    private OffsetDateTime signedUpAt;

    protected ClientSignUp() {
    }

    private ClientSignUp(String client, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.client = client;
        this.signedUpAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * Refuses a client that made {@link #LIMIT} sign-ups in the last hour ({@link TooManyRequestsException}, saying when
     * to try again), in the caller's transaction; nothing for an unknown client (staff, a tool).
     */
    static void requireRoom(EntityManager em, String client, Instant now) {
        if (client == null) {
            return;
        }
        OffsetDateTime since = now.minus(WINDOW).atOffset(ZoneOffset.UTC);
        var recent = em.createQuery("select c.signedUpAt from ClientSignUp c where c.client = :client and c.signedUpAt > :since"
                        + " order by c.signedUpAt", OffsetDateTime.class)
                .setParameter("client", key(client)).setParameter("since", since).setMaxResults(LIMIT).getResultList();
        if (recent.size() >= LIMIT) {
            long wait = Math.max(1, Duration.between(now, recent.get(0).toInstant().plus(WINDOW)).toSeconds());
            throw new TooManyRequestsException(Text.of("events.signup.too-many", LIMIT, (wait + 59) / 60), wait);
        }
    }

    /** Counts a sign-up the client made now, in the sign-up's transaction, and drops the client's marks past the hour. */
    static void count(EntityManager em, String client, Instant now) {
        if (client == null) {
            return;
        }
        em.createQuery("delete from ClientSignUp c where c.client = :client and c.signedUpAt <= :since")
                .setParameter("client", key(client)).setParameter("since", now.minus(WINDOW).atOffset(ZoneOffset.UTC)).executeUpdate();
        em.persist(new ClientSignUp(key(client), now));
    }

    /** Drops every mark past the hour (the module's daily work); how many. */
    public static int forgetOld(EntityManager em, Instant now) {
        return em.createQuery("delete from ClientSignUp c where c.signedUpAt <= :since")
                .setParameter("since", now.minus(WINDOW).atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    private static String key(String client) {
        return client.length() <= CLIENT ? client : client.substring(0, CLIENT);
    }
}
