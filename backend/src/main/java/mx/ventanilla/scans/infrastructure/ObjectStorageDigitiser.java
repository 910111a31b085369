package mx.ventanilla.scans.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.ScanLimits;
import mx.ventanilla.scans.model.ScanPage;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.StoredFile;
import mx.ventanilla.storage.ObjectStorage;
import mx.ventanilla.storage.ObjectTooLargeException;
import mx.ventanilla.storage.PutOptions;
import mx.ventanilla.storage.StoredObject;
import mx.ventanilla.storage.UnsupportedContentTypeException;

/**
 * The {@link Digitiser} over S3-compatible object storage. Every file is first inspected from its content (format,
 * size, header dimensions, PDF page count) so that most refusals store nothing at all; then originals, thumbnails and
 * the assembled PDF are stored one by one, and when anything fails on the way every object already stored for the
 * call is deleted again before the error is raised.
 *
 * <p>Keys: {@code scans/originals/...}, {@code scans/thumbnails/...}, {@code scans/documents/...} and
 * {@code attachments/...}, each followed by {@code yyyy/MM/<uuid>}.
 */
public final class ObjectStorageDigitiser implements Digitiser {

    private static final float THUMBNAIL_QUALITY = 0.75f;

    private final ObjectStorage storage;
    private final ScanLimits limits;
    private final FileInspector inspector;

    public ObjectStorageDigitiser(ObjectStorage storage, ScanLimits limits) {
        this.storage = storage;
        this.limits = limits;
        this.inspector = new FileInspector(limits);
    }

    @Override
    public ScanSet digitise(List<IncomingFile> pages) {
        List<InspectedFile> inspected = inspectAll(pages);
        requireWithinPageLimit(inspected);
        List<StoredFile> stored = new ArrayList<>();
        try {
            return assemble(inspected, stored);
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
    }

    @Override
    public List<StoredFile> storeAttachments(List<IncomingFile> files) {
        List<InspectedFile> inspected = inspectAll(files);
        List<StoredFile> stored = new ArrayList<>();
        try {
            for (InspectedFile file : inspected) {
                requireDecodable(file);
                stored.add(putOriginal(file, "attachments"));
            }
            return List.copyOf(stored);
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
    }

    @Override
    public IncomingFile reopen(StoredFile file) {
        return new IncomingFile(file.clientName(), file.size(), () -> storage.get(file.key()));
    }

    @Override
    public void discard(List<StoredFile> files) {
        files.stream().map(StoredFile::key).distinct().forEach(storage::delete);
    }

    @Override
    public URI temporaryUrl(StoredFile file, Duration validity) {
        return storage.presignedGet(file.key(), validity);
    }

    private List<InspectedFile> inspectAll(List<IncomingFile> files) {
        if (files.isEmpty()) {
            throw new InvalidInputException("files", "No file was sent; send at least one page or document.");
        }
        List<InspectedFile> inspected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            inspected.add(inspector.inspect(files.get(i), i));
        }
        return inspected;
    }

    private void requireWithinPageLimit(List<InspectedFile> inspected) {
        int pages = inspected.stream().mapToInt(InspectedFile::pages).sum();
        if (pages > limits.maxPages()) {
            throw new InvalidInputException("The document has " + pages + " pages; at most " + limits.maxPages()
                    + " are accepted. Split it into several documents.", Map.of("pages", pages));
        }
    }

    private ScanSet assemble(List<InspectedFile> inspected, List<StoredFile> stored) {
        try (ScanPdf pdf = new ScanPdf()) {
            List<ScanPage> pages = new ArrayList<>();
            for (InspectedFile file : inspected) {
                StoredFile original = putOriginal(file, "scans/originals");
                stored.add(original);
                pages.addAll(file.kind().isImage()
                        ? List.of(addImage(pdf, file, original, stored))
                        : addPdf(pdf, file, original, stored));
            }
            StoredFile document = putPdf(pdf);
            stored.add(document);
            return new ScanSet(document, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the scanned document", e);
        }
    }

    private ScanPage addImage(ScanPdf pdf, InspectedFile file, StoredFile original, List<StoredFile> stored) {
        BufferedImage page;
        try {
            page = PageImages.normalised(file, limits.maxLongEdge());
            pdf.addImagePage(PageImages.jpeg(page, limits.jpegQuality()), page.getWidth(), page.getHeight());
        } catch (IOException | RuntimeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "could not be decoded as a " + file.kind().label()
                    + " image (" + e.getMessage() + "). It may be damaged; send it again or in another format.");
        }
        StoredFile thumbnail = putThumbnail(file, PageImages.scaled(page, limits.thumbnailLongEdge()));
        stored.add(thumbnail);
        return new ScanPage(original, thumbnail, page.getWidth(), page.getHeight());
    }

    private List<ScanPage> addPdf(ScanPdf pdf, InspectedFile file, StoredFile original, List<StoredFile> stored)
            throws IOException {
        int first = pdf.pageCount();
        List<BufferedImage> thumbnails;
        try {
            thumbnails = pdf.addPdfPages(inspector.pdfBytes(file.file(), file.index()), limits.thumbnailLongEdge());
        } catch (IOException | RuntimeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "is a PDF whose pages could not be read ("
                    + e.getMessage() + "). Print it to a new PDF or scan the paper again.");
        }
        List<ScanPage> pages = new ArrayList<>();
        for (int i = 0; i < thumbnails.size(); i++) {
            StoredFile thumbnail = putThumbnail(file, thumbnails.get(i));
            stored.add(thumbnail);
            float[] size = pdf.pageSize(first + i);
            pages.add(new ScanPage(original, thumbnail, ScanPdf.toPixels(size[0]), ScanPdf.toPixels(size[1])));
        }
        return pages;
    }

    private void requireDecodable(InspectedFile file) {
        if (!file.kind().isImage()) {
            return;
        }
        try {
            PageImages.normalised(file, limits.thumbnailLongEdge());
        } catch (IOException | RuntimeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "could not be decoded as a " + file.kind().label()
                    + " image (" + e.getMessage() + "). It may be damaged; send it again or in another format.");
        }
    }

    private StoredFile putOriginal(InspectedFile file, String prefix) {
        PutOptions options = PutOptions.builder(prefix).allow(file.kind().mediaType())
                .maxSize(limits.maxFileBytes()).clientFileName(file.file().clientName()).build();
        try (InputStream in = file.file().content().open()) {
            return toStored(storage.put(in, options), file.file().clientName());
        } catch (UnsupportedContentTypeException | ObjectTooLargeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "changed while it was being stored ("
                    + e.getMessage() + "); send it again.");
        } catch (IOException e) {
            throw FileInspector.refusal(file.file(), file.index(), "could not be read: " + e.getMessage());
        }
    }

    private StoredFile putThumbnail(InspectedFile file, BufferedImage thumbnail) {
        byte[] jpeg = PageImages.jpeg(PageImages.scaled(thumbnail, limits.thumbnailLongEdge()), THUMBNAIL_QUALITY);
        PutOptions options = PutOptions.builder("scans/thumbnails").allow("image/jpeg").build();
        return toStored(storage.put(new ByteArrayInputStream(jpeg), options), file.file().clientName());
    }

    private StoredFile putPdf(ScanPdf pdf) throws IOException {
        Path file = pdf.save();
        try (InputStream in = Files.newInputStream(file)) {
            PutOptions options = PutOptions.builder("scans/documents").allow("application/pdf")
                    .maxSize(Long.MAX_VALUE).build();
            return toStored(storage.put(in, options), "scan.pdf");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static StoredFile toStored(StoredObject object, String clientName) {
        return new StoredFile(object.key(), object.size(), object.sha256(), object.contentType(), clientName);
    }
}
