package org.qiaoyun.kernel.notify;

import java.util.regex.Pattern;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A text message's sign name (短信签名), the sender's name shown in 【】 at the head of every text message: 2 to 12
 * Chinese characters, letters or digits, as the SMS providers require (Tencent Cloud approves each one beforehand). The
 * 【】 a person may type around it are not part of it. A refusal names the field {@code sign}.
 */
public record SignName(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{IsHan}A-Za-z0-9]+");

    public SignName {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("sign", Text.of("kernel.notify.sms-sign.required"));
        }
        value = value.strip();
        if (value.startsWith("【") && value.endsWith("】") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1).strip();
        }
        int length = value.codePointCount(0, value.length());
        if (length < 2 || length > 12) {
            throw new InvalidInputException("sign", Text.of("kernel.notify.sms-sign.length", length));
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("sign", Text.of("kernel.notify.sms-sign.characters"));
        }
    }

    public static SignName of(String value) {
        return new SignName(value);
    }

    @Override
    public String toString() {
        return "【" + value + "】";
    }
}
