package mx.ventanilla.scans.model;

import java.util.List;

/**
 * The digitised form of one document: every page assembled into one PDF, plus each page's original and thumbnail.
 *
 * @param pdf   all pages, upright and bounded in size, in the order given
 * @param pages the pages in order
 */
public record ScanSet(StoredFile pdf, List<ScanPage> pages) {

    public ScanSet {
        pages = List.copyOf(pages);
    }

    /** Every stored object of the set, e.g. to delete them together. */
    public List<StoredFile> files() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(pdf),
                pages.stream().flatMap(page -> java.util.stream.Stream.of(page.original(), page.thumbnail()))).toList();
    }
}
