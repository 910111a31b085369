package mx.ventanilla.scans.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.infrastructure.InspectedFile.PageSize;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks a received file from its content alone: its format from the leading bytes, its size, and for an image its
 * dimensions from the header, so that a decompression bomb is refused before a single pixel is decoded; a PDF is
 * parsed (not rendered) for its page count and page sizes. Every refusal is an {@link InvalidInputException} naming
 * the file and what to do.
 */
final class FileInspector {

    /** PDF pages larger than 200 inches on a side (the format's own limit) are refused. */
    static final float MAX_PDF_PAGE_POINTS = 14_400f;

    private final ScanLimits limits;

    FileInspector(ScanLimits limits) {
        this.limits = limits;
    }

    InspectedFile inspect(IncomingFile file, int index) {
        if (file.size() > limits.maxFileBytes()) {
            throw refusal(file, index, "is " + file.size() + " bytes; each file may have at most "
                    + limits.maxFileBytes() + " bytes. Scan at a lower resolution or split the document.");
        }
        FileKind kind = FileKind.of(head(file, index)).orElseThrow(() -> refusal(file, index,
                "is not a JPEG, PNG, WebP, TIFF or PDF file (its content was checked, not its name). "
                        + "Send a photo or scan in one of those formats."));
        return switch (kind) {
            case HEIC -> throw refusal(file, index, "is a HEIC photo; HEIC photos can't be read here. Send JPEG "
                    + "(on an iPhone: Settings > Camera > Formats > Most Compatible).");
            case PDF -> inspectPdf(file, index);
            default -> inspectImage(file, index, kind);
        };
    }

    /** The whole content of a PDF, read up to the file limit. */
    byte[] pdfBytes(IncomingFile file, int index) {
        try (InputStream in = file.content().open()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw refusal(file, index, "has more than " + limits.maxFileBytes() + " bytes, the limit per file.");
            }
            return bytes;
        } catch (IOException e) {
            throw refusal(file, index, "could not be read: " + e.getMessage());
        }
    }

    static InvalidInputException refusal(IncomingFile file, int index, String problem) {
        return new InvalidInputException("File " + (index + 1) + " ('" + file.clientName() + "') " + problem,
                Map.of("file", file.clientName(), "index", index));
    }

    private static byte[] head(IncomingFile file, int index) {
        try (InputStream in = file.content().open()) {
            return in.readNBytes(FileKind.HEAD_LENGTH);
        } catch (IOException e) {
            throw refusal(file, index, "could not be read: " + e.getMessage());
        }
    }

    private InspectedFile inspectImage(IncomingFile file, int index, FileKind kind) {
        int width;
        int height;
        try (InputStream in = file.content().open(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = readerFor(kind);
            try {
                reader.setInput(stream, false, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                requireSinglePage(file, index, kind, reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, index, kind, e);
        }
        requireWithinPixels(file, index, width, height);
        int orientation = PageImages.orientation(file);
        PageSize upright = orientation >= 5 ? new PageSize(height, width) : new PageSize(width, height);
        return new InspectedFile(file, index, kind, width, height, orientation, List.of(upright));
    }

    private void requireSinglePage(IncomingFile file, int index, FileKind kind, ImageReader reader)
            throws IOException {
        if (kind == FileKind.TIFF && reader.getNumImages(true) > 1) {
            throw refusal(file, index, "is a TIFF with several pages; send it as a PDF or one file per page.");
        }
    }

    private void requireWithinPixels(IncomingFile file, int index, int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > limits.maxPixels()) {
            throw refusal(file, index, "is " + width + " × " + height + " pixels; images may have at most "
                    + limits.maxPixels() + " pixels (width × height). Take the photo at a lower resolution.");
        }
    }

    static ImageReader readerFor(FileKind kind) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No image reader for " + kind.mediaType() + " is installed");
        }
        return readers.next();
    }

    private InspectedFile inspectPdf(IncomingFile file, int index) {
        byte[] bytes = pdfBytes(file, index);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw refusal(file, index, "is a PDF without pages.");
            }
            List<PageSize> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(requireSensibleSize(file, index, page));
            }
            return new InspectedFile(file, index, FileKind.PDF, 0, 0, 1, sizes);
        } catch (InvalidPasswordException e) {
            throw refusal(file, index, "is a PDF protected by a password; send it without protection.");
        } catch (IOException e) {
            throw unreadable(file, index, FileKind.PDF, e);
        }
    }

    private static PageSize requireSensibleSize(IncomingFile file, int index, PDPage page) {
        PDRectangle box = page.getMediaBox();
        if (box.getWidth() <= 0 || box.getHeight() <= 0
                || Math.max(box.getWidth(), box.getHeight()) > MAX_PDF_PAGE_POINTS) {
            throw refusal(file, index, "has a page of " + box.getWidth() + " × " + box.getHeight()
                    + " points; PDF pages may be at most 200 inches on a side.");
        }
        return new PageSize(ScanPdf.toPixels(box.getWidth()), ScanPdf.toPixels(box.getHeight()));
    }

    private static InvalidInputException unreadable(IncomingFile file, int index, FileKind kind, Exception e) {
        if (e instanceof InvalidInputException refusal) {
            return refusal;
        }
        return refusal(file, index, "starts like a " + kind.label() + " file but could not be read as one ("
                + e.getMessage() + "). It may be damaged; send it again or in another format.");
    }
}
