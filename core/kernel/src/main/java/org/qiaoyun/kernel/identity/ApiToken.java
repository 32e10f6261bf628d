package org.qiaoyun.kernel.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A token for the API, standing for its owner. Either issued for credentials and short-lived
 * ({@link Kind#SESSION}), or made by its owner for a script, named and revocable ({@link Kind#PERSONAL}).
 * It may be narrowed to reading, and to some tenants or modules; it is never more than its owner's
 * roles, because each request acts as the owner, whose account and roles are read again. Only the
 * SHA-256 hash of the secret is stored: a copy of the database opens nothing.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Where a token comes from. */
    public enum Kind { SESSION, PERSONAL }

    /** What a token may do: read only, or what its owner may. */
    public enum Scope { READ, WRITE }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "token_hash", length = 64, nullable = false, updatable = false, unique = true)
    private String tokenHash;

    @Column(name = "username", length = 63, nullable = false, updatable = false)
    private String username;

    @Column(name = "kind", length = 10, nullable = false, updatable = false)
    private String kind;

    @Column(name = "name", length = 100, updatable = false)
    private String name;

    @Column(name = "scope", length = 10, nullable = false, updatable = false)
    private String scope;

    @Column(name = "tenants", length = 1000, updatable = false)
    private String tenants;

    @Column(name = "modules", length = 500, updatable = false)
    private String modules;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(String tokenHash, String username, Kind kind, String name, Scope scope, Set<String> tenants, Set<String> modules,
             Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.tokenHash = tokenHash;
        this.username = username;
        this.kind = kind.name();
        this.name = name;
        this.scope = scope.name();
        this.tenants = join(tenants);
        this.modules = join(modules);
        this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.expiresAt = OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
    }

    private static String join(Set<String> values) {
        return values == null || values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String values) {
        return values == null ? Set.of() : Arrays.stream(values.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the token opens anything at {@code now}. */
    public boolean isValid(Instant now) {
        return !revoked && now.isBefore(expiresAt.toInstant());
    }

    /** Notes a use; written at most once a minute, so that reading with a token does not write every time. */
    boolean used(Instant now) {
        if (lastUsedAt != null && lastUsedAt.toInstant().plusSeconds(60).isAfter(now)) {
            return false;
        }
        lastUsedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return true;
    }

    void revoke() {
        revoked = true;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String name() {
        return name;
    }

    public Scope scope() {
        return Scope.valueOf(scope);
    }

    /** The tenants the token is narrowed to; empty: every tenant its owner may reach. */
    public Set<String> tenants() {
        return split(tenants);
    }

    /** The modules the token is narrowed to; empty: every module. */
    public Set<String> modules() {
        return split(modules);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    public Instant lastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant();
    }

    public boolean revoked() {
        return revoked;
    }
}
