package mx.ventanilla.reporting.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel in Mexico opens it: UTF-8 with a byte order mark (so accents survive), comma-separated (the list
 * separator of the es-MX locale), RFC 4180 quoting, CRLF line ends. Rows go straight to the stream.
 */
final class CsvTableWriter implements TableWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedWriter writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        try {
            writer.write(BYTE_ORDER_MARK);
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> titles) throws IOException {
        printer.printRecord(titles);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvTableWriter::text).toList());
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        printer.flush();
    }

    @Override
    public void close() {
    }

    private static String text(Object cell) {
        return cell instanceof LocalDate date ? DATE.format(date) : cell.toString();
    }
}
