package mx.ventanilla.identity.model;

/** Reads an uploaded organisation file (port; the CSV adapter implements it). */
public interface ImportFileReader {

    /**
     * Reads the whole text. Throws {@link mx.ventanilla.platform.error.InvalidInputException} when it holds more
     * than {@code maxRows} data rows or nothing at all; a file that is malformed part-way is returned with
     * {@link ImportFile#malformed()} set.
     */
    ImportFile read(String text, int maxRows);
}
