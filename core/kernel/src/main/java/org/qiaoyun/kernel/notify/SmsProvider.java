package org.qiaoyun.kernel.notify;

import java.util.List;

/**
 * A service that carries text messages (短信) to mobile phones: Tencent Cloud SMS ({@link TencentCloudSms}), or another
 * provider implementing this interface. The provider only carries: which kinds go by text message, by which approved
 * template, under which sign name, to which verified number and at what hour is decided before it is asked
 * ({@link SmsChannel}, {@link Sender}). It keeps no state between messages; {@code QIAOYUN_SMS_PROVIDER} chooses it
 * ({@link SmsSettings#provider()}).
 */
public interface SmsProvider {

    /** The name {@code QIAOYUN_SMS_PROVIDER} chooses this provider by ({@code tencent}). */
    String name();

    /**
     * Sends one text to one number.
     *
     * @param mobile     the number in international form ({@code +8613800138000})
     * @param template   the template the provider approved for the message's kind
     * @param parameters the template's parameters, in order
     * @param sign       the approved sign name (签名) the text goes under
     * @param reference  the message's id in the outbox, for the provider's records where it keeps one
     * @return whether the provider took the text, refused it for good, or should be asked again later, and why
     */
    Outcome send(String mobile, String template, List<String> parameters, String sign, String reference);

    /** What the provider answered; {@code reason} is its own code and words when it did not take the text. */
    record Outcome(Result result, String reason) {

        public Outcome {
            if (result == null) {
                throw new IllegalArgumentException("an outcome needs a result");
            }
            reason = reason == null ? "" : reason;
        }

        public static Outcome sent() {
            return new Outcome(Result.SENT, "");
        }

        /** Refused for good (a number that cannot take text messages): trying again cannot help. */
        public static Outcome refused(String reason) {
            return new Outcome(Result.REFUSED, reason);
        }

        /** Not sent this time (the service away, a refusal that may pass): the outbox tries again later. */
        public static Outcome retry(String reason) {
            return new Outcome(Result.RETRY, reason);
        }
    }

    /** Taken, refused for good, or to be tried again. */
    enum Result { SENT, REFUSED, RETRY }
}
