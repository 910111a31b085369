package mx.ventanilla.reporting.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table row by row to a stream, holding at most a small window of rows: CSV or Excel. Cells are text or
 * {@link java.time.LocalDate} values, which are written as dates ({@code dd/MM/yyyy}).
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> titles) throws IOException;

    void row(List<Object> cells) throws IOException;

    /** Completes the file on the stream; the stream stays open. */
    void finish(OutputStream out) throws IOException;

    /** Frees whatever the writer held (temporary files). */
    @Override
    void close();

    /** The two formats of exports. */
    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** A writer of this format over the response stream. */
        public TableWriter open(OutputStream out, String sheetName) {
            return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(sheetName);
        }
    }
}
