package org.qiaoyun.kernel.identity;

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

/**
 * One failed sign-in, by account and client address, kept in the database so that every instance counts
 * the same. They decide two things: an address with {@value #PER_ADDRESS} failures in
 * {@link #ADDRESS_WINDOW} is not heard for a while, whatever account it tries; an address with
 * {@value #PER_ACCOUNT} failures on one account within {@link #LOCKOUT} is locked out of that account,
 * and only that address: its owner, signing in from elsewhere, is not locked out by someone guessing.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** Failures of one address on one account before it is locked out of the account. */
    public static final int PER_ACCOUNT = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(30);
    /** Failures of one address on any accounts before it is not heard for a while. */
    public static final int PER_ADDRESS = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** How an attempt without a known address is counted (tools and tests). */
    static final String UNKNOWN = "-";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "username", length = 63, nullable = false, updatable = false)
    private String username;

    @Column(name = "address", length = 64, nullable = false, updatable = false)
    private String address;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    protected SignInFailure() {
        // for JPA
    }

    private SignInFailure(String username, String address, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.username = username.length() > 63 ? username.substring(0, 63) : username;
        this.address = address(address);
        this.at = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String address(String address) {
        return address == null || address.isBlank() ? UNKNOWN : address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** Whether the address failed too often lately to be heard now. */
    static boolean addressThrottled(EntityManager em, String address, Instant now) {
        return em.createQuery("select count(f) from SignInFailure f where f.address = :address and f.at > :since", Long.class)
                .setParameter("address", address(address))
                .setParameter("since", OffsetDateTime.ofInstant(now.minus(ADDRESS_WINDOW), ZoneOffset.UTC))
                .getSingleResult() >= PER_ADDRESS;
    }

    /** The failures of the address on the account within the lockout. */
    static long onAccount(EntityManager em, String username, String address, Instant now) {
        return em.createQuery("select count(f) from SignInFailure f where f.username = :username and f.address = :address"
                        + " and f.at > :since", Long.class)
                .setParameter("username", username).setParameter("address", address(address))
                .setParameter("since", OffsetDateTime.ofInstant(now.minus(LOCKOUT), ZoneOffset.UTC))
                .getSingleResult();
    }

    /** Records a failure; whether it locks the address out of the account now. */
    static boolean record(EntityManager em, String username, String address, Instant now) {
        em.persist(new SignInFailure(username, address, now));
        em.createQuery("delete from SignInFailure f where f.address = :address and f.at < :old")
                .setParameter("address", address(address))
                .setParameter("old", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC)).executeUpdate();
        em.flush();
        return onAccount(em, username, address, now) == PER_ACCOUNT;
    }

    /** A success from the address forgets its failures on the account. */
    static void forget(EntityManager em, String username, String address) {
        em.createQuery("delete from SignInFailure f where f.username = :username and f.address = :address")
                .setParameter("username", username).setParameter("address", address(address)).executeUpdate();
    }
}
