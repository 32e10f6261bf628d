package org.qiaoyun.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;

/** The QR code a phone's camera reads: the picture, drawn again pixel by pixel, decodes to the text it was made of. */
class QrCodeTest {

    @Test
    void thePictureDecodesToItsText() throws Exception {
        String link = "https://qiaoyun.example.cn/p/gd-jiangmen-taishan/events/e/5b0c6c4e-8a1f-4a4e-9d1e-0f3c2b1a7d11";
        String svg = QrCode.svg(link);
        assertThat(svg).startsWith("<svg").doesNotContain("<script");
        assertThat(new String(Base64.getDecoder().decode(QrCode.dataUri(link).substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8)).isEqualTo(svg);

        Matcher box = Pattern.compile("viewBox='0 0 (\\d+) (\\d+)'").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }

    /** A phone's photo of a code: the code drawn small on a large grey picture, saved as {@code format}. */
    static byte[] photo(String text, String format, int width, int height) throws Exception {
        com.google.zxing.common.BitMatrix matrix = new com.google.zxing.qrcode.QRCodeWriter()
                .encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 400, 400, java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 4));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x888888));
        g.fillRect(0, 0, width, height);
        g.dispose();
        int left = width / 3;
        int top = height / 4;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(left + x, top + y, matrix.get(x, y) ? 0x111111 : 0xF8F8F8);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPhotoOfACodeIsReadBackAndAnythingElseReadsAsNothing() throws Exception {
        assertThat(QrCode.read(photo("K7M3-Q9XA", "jpg", 4000, 3000))).as("a large camera photo, scaled down first").contains("K7M3-Q9XA");
        assertThat(QrCode.read(photo("K7M3Q9XA", "png", 800, 600))).contains("K7M3Q9XA");
        assertThat(QrCode.read("not a picture".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(QrCode.read(new byte[0])).isEmpty();
        assertThat(QrCode.read(null)).isEmpty();
        java.awt.image.BufferedImage blank = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(blank, "png", out);
        assertThat(QrCode.read(out.toByteArray())).as("a photo without a code").isEmpty();
    }
}
