package org.qiaoyun.kernel.notify;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * What a person chose for one kind of notification on one channel, where it differs from the default (every kind by
 * email, by text message where the kind has a template; in the app always). Only the person themselves chooses.
 */
@Entity
@Table(name = "notify_choice")
@IdClass(Choice.Key.class)
public class Choice {

    @Id
    @Column(name = "username", length = 63)
    private String username;

    @Id
    @Column(name = "kind", length = 100)
    private String kind;

    @Id
    @Column(name = "channel", length = 10)
    private String channel;

    @Column(name = "receive", nullable = false)
    private boolean receive;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    protected Choice() {
        // for JPA
    }

    Choice(String username, String kind, String channel, boolean receive, Instant now) {
        this.username = username;
        this.kind = kind;
        this.channel = channel;
        choose(receive, now);
    }

    void choose(boolean receive, Instant now) {
        this.receive = receive;
        this.chosenAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public String kind() {
        return kind;
    }

    public String channel() {
        return channel;
    }

    public boolean receive() {
        return receive;
    }

    /** The key: the person, the kind, the channel. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String username;
        private String kind;
        private String channel;

        public Key() {
        }

        public Key(String username, String kind, String channel) {
            this.username = username;
            this.kind = kind;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.username.equals(username) && key.kind.equals(kind) && key.channel.equals(channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind, channel);
        }
    }
}
