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

    /** The most pixels a photo may have to be read (a 48-megapixel phone camera's; a larger one is refused unread). */
    static final long MAX_PIXELS = 48L * 1000 * 1000;
    /** Photos are scaled down to at most this many pixels on their longer side before decoding: enough for a code filling a tenth of it. */
    static final int DECODE_SIDE = 1600;

    /**
     * The text of the QR code in a photo (a JPEG, PNG, GIF or BMP a phone's camera took of a code on a screen or on
     * paper), or nothing when the bytes are no picture, the picture is too large, or it holds no readable QR code. Read
     * on the server with ZXing: a screen takes a photo through a plain upload ({@code <input type=file capture>}), no
     * script of its own.
     */
    public static java.util.Optional<String> read(byte[] photo) {
        if (photo == null || photo.length == 0) {
            return java.util.Optional.empty();
        }
        try (javax.imageio.stream.ImageInputStream input = javax.imageio.ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(photo))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = input == null ? java.util.Collections.emptyIterator()
                    : javax.imageio.ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return java.util.Optional.empty();
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return java.util.Optional.empty(); // the size is asked before the picture is unpacked
                }
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longer / DECODE_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return decode(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException notAPicture) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<String> decode(java.awt.image.BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        com.google.zxing.LuminanceSource source = new com.google.zxing.RGBLuminanceSource(width, height, pixels);
        Map<com.google.zxing.DecodeHintType, Object> hints = Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE,
                com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE));
        for (com.google.zxing.LuminanceSource tried : java.util.List.of(source, source.invert())) { // dark screens show it light on dark
            try {
                return java.util.Optional.of(new com.google.zxing.qrcode.QRCodeReader()
                        .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(tried)), hints).getText());
            } catch (com.google.zxing.ReaderException none) {
                // try the next way of seeing it
            }
        }
        return java.util.Optional.empty();
    }

    /** The same picture as a data address, for an image on a screen. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
