package mx.ventanilla.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Photos of document pages for tests: a white sheet with lines of "text", different for every seed. */
public final class PagePhotos {

    private PagePhotos() {
    }

    /** A JPEG of {@code width} × {@code height} pixels with {@code lines} lines whose lengths depend on the seed. */
    public static byte[] jpeg(int seed, int width, int height, int lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        int spacing = height * 8 / 10 / lines;
        for (int line = 0; line < lines; line++) {
            int length = width / 4 + (line * 37 * seed) % (width / 2);
            graphics.fillRect(width / 10, height / 10 + line * spacing, length, Math.max(2, spacing / 3));
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a JPEG to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
