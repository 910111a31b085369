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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The {@link Digitiser} over S3-compatible object storage. {@link #accept} inspects every file from its content
 * (format, size, header dimensions and EXIF orientation, PDF page count) so that refusals store nothing at all, then
 * streams the originals to the store side by side, each once with its known size and its SHA-256 computed on the
 * way. {@link #complete} reads the originals back, decodes and normalises each page, and stores thumbnails and the
 * assembled PDF; when anything fails on the way every object it already stored is deleted again.
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
    public ScanSet accept(List<IncomingFile> pages) {
        return ScanSet.pending(storeOriginals(pages, 0));
    }

    @Override
    public ScanSet acceptMore(ScanSet earlier, List<IncomingFile> pages) {
        List<ScanPage> all = new ArrayList<>(earlier.pages().stream()
                .map(page -> ScanPage.pending(page.original(), page.width(), page.height())).toList());
        all.addAll(storeOriginals(pages, earlier.pages().size()));
        return ScanSet.pending(all);
    }

    @Override
    public ScanSet complete(ScanSet pending) {
        List<StoredFile> made = new ArrayList<>();
        try {
            return assemble(pending, made);
        } catch (InvalidInputException e) {
            discard(made);
            return pending.failed(e.getMessage());
        } catch (RuntimeException e) {
            discard(made);
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
    public void discard(List<StoredFile> files) {
        files.stream().map(StoredFile::key).distinct().forEach(storage::delete);
    }

    @Override
    public URI temporaryUrl(StoredFile file, Duration validity) {
        return storage.presignedGet(file.key(), validity);
    }

    private List<ScanPage> storeOriginals(List<IncomingFile> files, int pagesBefore) {
        List<InspectedFile> inspected = inspectAll(files);
        requireWithinPageLimit(pagesBefore + inspected.stream().mapToInt(InspectedFile::pages).sum());
        List<StoredFile> originals = putAllAtOnce(inspected);
        List<ScanPage> pages = new ArrayList<>();
        for (int i = 0; i < inspected.size(); i++) {
            StoredFile original = originals.get(i);
            inspected.get(i).pageSizes()
                    .forEach(size -> pages.add(ScanPage.pending(original, size.width(), size.height())));
        }
        return pages;
    }

    /**
     * Stores the originals side by side, one virtual thread each, since every put mostly waits on the store. When any
     * of them fails, the others are awaited, whatever they stored is deleted, and the first failure (in file order)
     * is thrown.
     */
    private List<StoredFile> putAllAtOnce(List<InspectedFile> inspected) {
        List<Future<StoredFile>> puts = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            inspected.forEach(file -> puts.add(executor.submit(() -> putOriginal(file, "scans/originals"))));
        }
        List<StoredFile> stored = puts.stream().filter(put -> put.state() == Future.State.SUCCESS)
                .map(Future::resultNow).toList();
        puts.stream().filter(put -> put.state() != Future.State.SUCCESS).findFirst().ifPresent(failed -> {
            discard(stored);
            throw asUnchecked(failed.exceptionNow());
        });
        return stored;
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Storing an original failed", failure);
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

    private void requireWithinPageLimit(int pages) {
        if (pages > limits.maxPages()) {
            throw new InvalidInputException("The document has " + pages + " pages; at most " + limits.maxPages()
                    + " are accepted. Split it into several documents.", Map.of("pages", pages));
        }
    }

    private ScanSet assemble(ScanSet pending, List<StoredFile> made) {
        try (ScanPdf pdf = new ScanPdf()) {
            List<ScanPage> pages = new ArrayList<>();
            List<StoredFile> originals = pending.originals();
            for (int i = 0; i < originals.size(); i++) {
                StoredFile original = originals.get(i);
                InspectedFile file = inspector.inspect(reopen(original), i);
                pages.addAll(file.kind().isImage()
                        ? List.of(addImage(pdf, file, original, made))
                        : addPdf(pdf, file, original, made));
            }
            StoredFile document = putPdf(pdf);
            made.add(document);
            return pending.ready(document, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the scanned document", e);
        }
    }

    private IncomingFile reopen(StoredFile file) {
        return new IncomingFile(file.clientName(), file.size(), () -> storage.get(file.key()));
    }

    private ScanPage addImage(ScanPdf pdf, InspectedFile file, StoredFile original, List<StoredFile> made) {
        BufferedImage page;
        try {
            page = PageImages.normalised(file, limits.maxLongEdge());
            pdf.addImagePage(PageImages.jpeg(page, limits.jpegQuality()), page.getWidth(), page.getHeight());
        } catch (IOException | RuntimeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "could not be decoded as a " + file.kind().label()
                    + " image (" + e.getMessage() + "). It may be damaged; send it again or in another format.");
        }
        StoredFile thumbnail = putThumbnail(file, PageImages.scaled(page, limits.thumbnailLongEdge()));
        made.add(thumbnail);
        return ScanPage.ready(original, thumbnail, page.getWidth(), page.getHeight());
    }

    private List<ScanPage> addPdf(ScanPdf pdf, InspectedFile file, StoredFile original, List<StoredFile> made)
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
            made.add(thumbnail);
            float[] size = pdf.pageSize(first + i);
            pages.add(ScanPage.ready(original, thumbnail, ScanPdf.toPixels(size[0]), ScanPdf.toPixels(size[1])));
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
        try {
            return toStored(store(file.file(), options), file.file().clientName());
        } catch (UnsupportedContentTypeException | ObjectTooLargeException e) {
            throw FileInspector.refusal(file.file(), file.index(), "changed while it was being stored ("
                    + e.getMessage() + "); send it again.");
        } catch (IOException e) {
            throw FileInspector.refusal(file.file(), file.index(), "could not be read: " + e.getMessage());
        }
    }

    /** From the file it is in when there is one (never read into memory), else from its stream. */
    private StoredObject store(IncomingFile file, PutOptions options) throws IOException {
        Optional<Path> onDisk = file.content().onDisk();
        if (onDisk.isPresent()) {
            return storage.put(onDisk.get(), options);
        }
        try (InputStream in = file.content().open()) {
            return storage.put(in, file.size(), options);
        }
    }

    private StoredFile putThumbnail(InspectedFile file, BufferedImage thumbnail) {
        byte[] jpeg = PageImages.jpeg(PageImages.scaled(thumbnail, limits.thumbnailLongEdge()), THUMBNAIL_QUALITY);
        PutOptions options = PutOptions.builder("scans/thumbnails").allow("image/jpeg").build();
        return toStored(storage.put(new ByteArrayInputStream(jpeg), jpeg.length, options), file.file().clientName());
    }

    private StoredFile putPdf(ScanPdf pdf) throws IOException {
        Path file = pdf.save();
        try {
            PutOptions options = PutOptions.builder("scans/documents").allow("application/pdf")
                    .maxSize(Long.MAX_VALUE).build();
            return toStored(storage.put(file, options), "scan.pdf");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static StoredFile toStored(StoredObject object, String clientName) {
        return new StoredFile(object.key(), object.size(), object.sha256(), object.contentType(), clientName);
    }
}
