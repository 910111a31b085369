package mx.ventanilla.scans.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The digitised form of one document: each page's original from the moment it is received, and once digitisation
 * is done every page assembled into one PDF with a thumbnail per page.
 *
 * @param id      identifies this set of pages; a set with pages added later gets a new id, so work done for an
 *                older set is recognised as stale
 * @param status  PENDING until the PDF and thumbnails exist (READY) or a page could not be decoded (FAILED)
 * @param pdf     all pages, upright and bounded in size, in the order given; empty unless READY
 * @param pages   the pages in order (every page of a PDF sent as one file shares that file as its original)
 * @param failure why digitisation failed, naming the page; empty unless FAILED
 */
public record ScanSet(String id, ScanStatus status, Optional<StoredFile> pdf, List<ScanPage> pages,
                      Optional<String> failure) {

    public ScanSet {
        pages = List.copyOf(pages);
    }

    /** A new set whose originals are stored and whose PDF and thumbnails are still to be made. */
    public static ScanSet pending(List<ScanPage> pages) {
        return new ScanSet(UUID.randomUUID().toString(), ScanStatus.PENDING, Optional.empty(), pages,
                Optional.empty());
    }

    /** This set with its PDF and its pages' thumbnails. */
    public ScanSet ready(StoredFile document, List<ScanPage> digitised) {
        return new ScanSet(id, ScanStatus.READY, Optional.of(document), digitised, Optional.empty());
    }

    /** This set, its originals kept, marked as impossible to digitise for the given reason. */
    public ScanSet failed(String reason) {
        return new ScanSet(id, ScanStatus.FAILED, Optional.empty(), pages, Optional.of(reason));
    }

    public boolean isPending() {
        return status == ScanStatus.PENDING;
    }

    /** Each original once, in page order. */
    public List<StoredFile> originals() {
        Map<String, StoredFile> originals = new LinkedHashMap<>();
        pages.forEach(page -> originals.putIfAbsent(page.original().key(), page.original()));
        return List.copyOf(originals.values());
    }

    /** The objects made from the originals (PDF and thumbnails), e.g. to delete them when pages are added. */
    public List<StoredFile> derivedFiles() {
        return Stream.concat(pdf.stream(), pages.stream().flatMap(page -> page.thumbnail().stream())).toList();
    }

    /** Every stored object of the set, e.g. to delete them together. */
    public List<StoredFile> files() {
        return Stream.concat(originals().stream(), derivedFiles().stream()).toList();
    }
}
