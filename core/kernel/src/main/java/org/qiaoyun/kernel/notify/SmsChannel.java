package org.qiaoyun.kernel.notify;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.qiaoyun.api.Text;

/**
 * Text messages, whatever provider carries them ({@link SmsProvider}): the federation's approved template for the
 * message's kind, its parameters the notification's arguments, to the mobile number of the account in international
 * form, under the federation's own sign name where it set one ({@link SmsSigns}), else the platform's. A text the
 * provider refused for good is a permanent failure (given up at once); any other refusal is a failed attempt with the
 * provider's code and words, retried like any other. Which numbers and hours a text may go to is the {@link Sender}'s.
 */
public final class SmsChannel implements Channel {

    private final SmsSettings settings;
    private final Function<String, Optional<String>> signs;
    private final SmsProvider provider;

    /**
     * @param signs    a federation's own sign name, if it has one (the platform: {@link SmsSigns#signOf})
     * @param provider the service that carries the texts ({@link SmsSettings#provider(java.time.Clock)})
     */
    public SmsChannel(SmsSettings settings, Function<String, Optional<String>> signs, SmsProvider provider) {
        this.settings = settings;
        this.signs = signs;
        this.provider = provider;
    }

    @Override
    public String name() {
        return Message.SMS;
    }

    /** Whether a kind goes by text message: a template is named for it. */
    public boolean sends(String kind) {
        return settings.templates().containsKey(kind);
    }

    @Override
    public void send(Message message) throws DeliveryException {
        String template = settings.templates().get(message.kind());
        if (template == null) {
            throw new DeliveryException("no SMS template is configured for " + message.kind(), null);
        }
        List<String> parameters = Text.fromStored(message.kept()).map(Text::arguments).orElse(List.of()).stream()
                .map(argument -> argument == null ? "" : argument.toString()).toList();
        SmsProvider.Outcome outcome = provider.send(international(message.address()), template, parameters,
                signs.apply(message.tenantCode()).orElse(settings.sign()), message.id());
        switch (outcome.result()) {
            case SENT -> { }
            case REFUSED -> throw new DeliveryException(outcome.reason(), null, true);
            case RETRY -> throw new DeliveryException(outcome.reason(), null);
        }
    }

    /** A mainland number in the +86 form providers ask for; others as they were kept (with their +). */
    static String international(String mobile) {
        return mobile.startsWith("+") ? mobile : "+86" + mobile;
    }
}
