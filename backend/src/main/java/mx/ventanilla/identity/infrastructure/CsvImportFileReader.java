package mx.ventanilla.identity.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.identity.model.ImportFile;
import mx.ventanilla.identity.model.ImportFileReader;
import mx.ventanilla.platform.error.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads organisation files as CSV (RFC 4180: comma-separated, values with commas, quotes or line breaks in double
 * quotes, a double quote inside quotes written twice), UTF-8 with or without a byte-order mark, first line the header.
 * Cells are trimmed; blank lines and lines of empty cells are skipped. Line numbers are physical lines, so a value
 * spanning two lines makes the next row start two lines further down, as in a text editor.
 */
public final class CsvImportFileReader implements ImportFileReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    @Override
    public ImportFile read(String text, int maxRows) {
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new InvalidInputException("csv", "The file is empty; the first line must be the header, e.g."
                    + " type,code,name,kind,parent,username,email,roles,unit.");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
            return read(parser, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFile read(CSVParser parser, int maxRows) {
        Iterator<CSVRecord> records = parser.iterator();
        List<String> headers = new ArrayList<>();
        List<ImportFile.Row> rows = new ArrayList<>();
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1;
            Optional<CSVRecord> next;
            try {
                next = records.hasNext() ? Optional.of(records.next()) : Optional.empty();
            } catch (UncheckedIOException | IllegalStateException e) {
                return new ImportFile(headers, rows, Optional.of(new ImportFile.Malformed(line, malformed(e))));
            }
            if (next.isEmpty()) {
                break;
            }
            if (isBlank(next.get())) {
                continue;
            }
            if (headers.isEmpty()) {
                next.get().forEach(cell -> headers.add(cell.toLowerCase(Locale.ROOT)));
                continue;
            }
            if (rows.size() == maxRows) {
                throw new InvalidInputException("csv", "The file has more than " + maxRows
                        + " rows; split it into several files and import them parents first.");
            }
            rows.add(row(line, headers, next.get()));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("csv", "The file has a header but no rows to import.");
        }
        return new ImportFile(headers, rows, Optional.empty());
    }

    private static ImportFile.Row row(int line, List<String> headers, CSVRecord record) {
        Map<String, String> values = new HashMap<>();
        int extraCells = 0;
        for (int i = 0; i < record.size(); i++) {
            if (i < headers.size()) {
                values.put(headers.get(i), record.get(i));
            } else if (!record.get(i).isEmpty()) {
                extraCells++;
            }
        }
        return new ImportFile.Row(line, values, extraCells);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static String malformed(RuntimeException e) {
        String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        String text = detail == null ? "" : detail;
        if (text.contains("EOF reached before encapsulated token finished")) {
            return "A quoted value that starts on this line is never closed; add the closing double quote.";
        }
        if (text.contains("Invalid character between encapsulated token and delimiter")) {
            return "A quoted value is followed by more characters before the next comma; inside a quoted value,"
                    + " write a double quote as two double quotes (\"\").";
        }
        return "This line is not valid CSV: " + text;
    }
}
