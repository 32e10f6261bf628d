package org.qiaoyun.kernel.notify;

/**
 * A way out of the platform to a person (email, text messages): hands one message over, or fails saying why. The
 * sender calls it with the message's row locked, once per attempt; what was sent is the outbox's to know, never the
 * channel's. A channel may keep its connection to its service open through one round of the sender (an SMTP
 * session for many emails), and closes it when told the round ended.
 */
public interface Channel {

    /** The channel's name as the outbox writes it ({@value Message#EMAIL}). */
    String name();

    /**
     * Hands {@code message} over to the channel's service.
     *
     * @throws DeliveryException if the service could not be reached or refused the message
     */
    void send(Message message) throws DeliveryException;

    /** The sender's round is over: a connection kept open for it is closed. Nothing to do for most channels. */
    default void roundEnded() {
    }

    /** Why a message did not go out this time. */
    final class DeliveryException extends Exception {

        private static final long serialVersionUID = 1L;

        private final boolean permanent;

        public DeliveryException(String message, Throwable cause) {
            this(message, cause, false);
        }

        /** @param permanent the address itself was refused for good (an SMTP 5xx): trying again cannot help */
        public DeliveryException(String message, Throwable cause, boolean permanent) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean isPermanent() {
            return permanent;
        }
    }
}
