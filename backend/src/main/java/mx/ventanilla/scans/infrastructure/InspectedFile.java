package mx.ventanilla.scans.infrastructure;

import mx.ventanilla.scans.model.IncomingFile;

/**
 * A received file whose format, size and dimensions were checked from its content, before anything was decoded or
 * stored.
 *
 * @param file   the file as received
 * @param index  its position in the request, from 0
 * @param kind   the format its bytes say it is
 * @param width  image width in pixels from the header; 0 for a PDF
 * @param height image height in pixels from the header; 0 for a PDF
 * @param pages  1 for an image, the page count for a PDF
 */
record InspectedFile(IncomingFile file, int index, FileKind kind, int width, int height, int pages) {

    /** How a person recognises the file in an error message: its position and the name they gave it. */
    String describe() {
        return "File " + (index + 1) + " ('" + file.clientName() + "')";
    }
}
