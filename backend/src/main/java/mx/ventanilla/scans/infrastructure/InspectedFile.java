package mx.ventanilla.scans.infrastructure;

import java.util.List;

import mx.ventanilla.scans.model.IncomingFile;

/**
 * A received file whose format, size and dimensions were checked from its content, before anything was decoded or
 * stored.
 *
 * @param file        the file as received
 * @param index       its position in the request, from 0
 * @param kind        the format its bytes say it is
 * @param width       image width in pixels from the header; 0 for a PDF
 * @param height      image height in pixels from the header; 0 for a PDF
 * @param orientation the EXIF orientation an image declares (1 to 8); 1 for a PDF
 * @param pageSizes   each page's size in pixels: for an image the header size turned upright, for a PDF each page
 *                    at {@link ScanPdf#DOTS_PER_INCH}
 */
record InspectedFile(IncomingFile file, int index, FileKind kind, int width, int height, int orientation,
                     List<PageSize> pageSizes) {

    InspectedFile {
        pageSizes = List.copyOf(pageSizes);
    }

    /** 1 for an image, the page count for a PDF. */
    int pages() {
        return pageSizes.size();
    }

    /** How a person recognises the file in an error message: its position and the name they gave it. */
    String describe() {
        return "File " + (index + 1) + " ('" + file.clientName() + "')";
    }

    /** Width and height of one page in pixels. */
    record PageSize(int width, int height) {
    }
}
