package org.qiaoyun.screens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A QR code drawn on the server as an SVG picture (no script, allowed by the pages' policy): shown in a data address
 * (an authenticator's enrolment, an event's sign-up link) or downloaded as a file to post in a WeChat group.
 */
public final class QrCode {

    private QrCode() {
    }

    /** The code of {@code text} as an SVG document, one unit a module, with a white quiet zone. */
    public static String svg(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='white'/><path d='" + path + "'/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("cannot draw a QR code", e);
        }
    }

    /** The same picture as a data address, for an image on a screen. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
