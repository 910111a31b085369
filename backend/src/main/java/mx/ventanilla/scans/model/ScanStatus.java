package mx.ventanilla.scans.model;

/** How far a document's digitisation has come: its originals are stored from the start, the rest comes later. */
public enum ScanStatus {
    /** Originals stored and checked; page images, thumbnails and the PDF are still to be made. */
    PENDING,
    /** The PDF and a thumbnail per page are stored. */
    READY,
    /** A page could not be decoded although its header was sound; the originals are kept, nothing else. */
    FAILED
}
