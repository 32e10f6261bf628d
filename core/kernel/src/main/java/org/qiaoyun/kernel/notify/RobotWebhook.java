package org.qiaoyun.kernel.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The webhook of a WeChat Work group robot, {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...}: nothing
 * else is taken (another host would receive the federation's work), and it cannot be built otherwise. Shown back
 * masked: its key is the robot's password.
 */
public record RobotWebhook(URI uri, String key) {

    /** The robot's one host; the webhook goes nowhere else. */
    public static final String HOST = "qyapi.weixin.qq.com";
    private static final String PATH = "/cgi-bin/webhook/send";
    private static final Pattern KEY = Pattern.compile("(?:^|&)key=([A-Za-z0-9-]{8,64})(?:&|$)");

    /** The webhook written in {@code text}; a refusal naming the field {@code webhook} when it is not a robot's. */
    public static RobotWebhook of(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException e) {
            throw refused();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInputException("webhook", Text.of("kernel.notify.webhook-https"));
        }
        if (!HOST.equalsIgnoreCase(uri.getHost()) || uri.getPort() != -1 && uri.getPort() != 443 || !PATH.equals(uri.getPath())
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused();
        }
        Matcher key = KEY.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        if (!key.find()) {
            throw refused();
        }
        return new RobotWebhook(URI.create("https://" + HOST + PATH + "?key=" + key.group(1)), key.group(1));
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("webhook", Text.of("kernel.notify.webhook-robot", HOST + PATH + "?key=…"));
    }

    /** As it is shown back: the key's last four characters only. */
    public String masked() {
        return "https://" + HOST + PATH + "?key=****" + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return masked(); // never the key, in a log or an exception
    }
}
