package mx.ventanilla.scans.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One document's PDF under construction: JPEG pages are placed without re-encoding, pages of PDFs sent as input are
 * copied as they are. Its buffers spill to temporary files, which {@link #close()} removes.
 */
final class ScanPdf implements AutoCloseable {

    /** Page images are placed at this resolution: a 2200-pixel side becomes 11 inches, about a letter page. */
    static final float DOTS_PER_INCH = 200f;

    private static final float POINTS_PER_INCH = 72f;

    private final PDDocument target = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final List<PDDocument> sources = new ArrayList<>();

    /** Adds a page showing the JPEG full-bleed. */
    void addImagePage(byte[] jpeg, int width, int height) throws IOException {
        PDImageXObject image = JPEGFactory.createFromByteArray(target, jpeg);
        PDRectangle box = new PDRectangle(toPoints(width), toPoints(height));
        PDPage page = new PDPage(box);
        target.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(target, page)) {
            content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
        }
    }

    /** Copies every page of the PDF and returns a rendered thumbnail of each, its longer side {@code longEdge}. */
    List<BufferedImage> addPdfPages(byte[] pdf, int longEdge) throws IOException {
        PDDocument source = Loader.loadPDF(pdf);
        sources.add(source);
        PDFRenderer renderer = new PDFRenderer(source);
        List<BufferedImage> thumbnails = new ArrayList<>();
        for (int i = 0; i < source.getNumberOfPages(); i++) {
            PDPage page = source.getPage(i);
            PDRectangle box = page.getMediaBox();
            float scale = longEdge / Math.max(box.getWidth(), box.getHeight());
            thumbnails.add(renderer.renderImage(i, scale, ImageType.RGB));
            target.importPage(page);
        }
        return thumbnails;
    }

    /** Size in pixels at {@link #DOTS_PER_INCH} of a PDF page, as reported for pages that came as PDF. */
    static int toPixels(float points) {
        return Math.round(points * DOTS_PER_INCH / POINTS_PER_INCH);
    }

    /** Writes the document to a new temporary file, which the caller deletes. */
    Path save() throws IOException {
        Path file = Files.createTempFile("ventanilla-scan-", ".pdf");
        try {
            target.save(file.toFile());
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Width and height in points of a page already added. */
    float[] pageSize(int index) {
        PDRectangle box = target.getPage(index).getMediaBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    int pageCount() {
        return target.getNumberOfPages();
    }

    @Override
    public void close() throws IOException {
        try {
            target.close();
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    private static float toPoints(int pixels) {
        return pixels * POINTS_PER_INCH / DOTS_PER_INCH;
    }
}
