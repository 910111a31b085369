package mx.ventanilla.scans.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import mx.ventanilla.scans.model.IncomingFile;

/**
 * Turns a checked page image into what goes into the PDF: decoded (subsampled while decoding when it is much larger
 * than needed, so memory stays bounded), turned upright by its EXIF orientation, flattened onto white, scaled so that
 * its longer side fits, and encoded as JPEG.
 */
final class PageImages {

    private PageImages() {
    }

    /** The page upright, in RGB, with its longer side at most {@code longEdge} pixels. */
    static BufferedImage normalised(InspectedFile page, int longEdge) throws IOException {
        int orientation = page.orientation();
        BufferedImage decoded = decode(page, subsampling(Math.max(page.width(), page.height()), longEdge));
        return scaled(upright(decoded, orientation), longEdge);
    }

    /** The EXIF orientation (1 to 8) the image declares, 1 when it declares none or it cannot be read. */
    static int orientation(IncomingFile file) {
        try (InputStream in = file.content().open()) {
            Metadata metadata = ImageMetadataReader.readMetadata(in);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            return 1;
        }
    }

    /** The image as a viewer honouring EXIF orientation would show it, in RGB on white. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        BufferedImage result = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, result.getWidth(), result.getHeight());
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    /** The image with its longer side at most {@code longEdge}, halved step by step first for a clean result. */
    static BufferedImage scaled(BufferedImage image, int longEdge) {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > 2 * longEdge) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        int longest = Math.max(current.getWidth(), current.getHeight());
        if (longest <= longEdge) {
            return current;
        }
        double factor = (double) longEdge / longest;
        return resize(current, Math.max(1, (int) Math.round(current.getWidth() * factor)),
                Math.max(1, (int) Math.round(current.getHeight() * factor)));
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int subsampling(int longest, int longEdge) {
        return Math.max(1, longest / longEdge);
    }

    private static BufferedImage decode(InspectedFile page, int subsampling) throws IOException {
        try (InputStream in = page.file().content().open(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = FileInspector.readerFor(page.kind());
            try {
                reader.setInput(stream, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }
}
