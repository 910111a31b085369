package mx.ventanilla.identity.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tabular file as read, before any meaning is given to it: its header names and its rows by physical line number.
 *
 * @param headers   the header cells, trimmed and in lower case, in file order
 * @param rows      the data rows, blank lines left out
 * @param malformed where and why reading stopped, when the file is not well-formed (e.g. an unclosed quote); the
 *                  rows before that point are still listed
 */
public record ImportFile(List<String> headers, List<Row> rows, Optional<Malformed> malformed) {

    public ImportFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line   the physical line the row starts on (the header is line 1)
     * @param values cell values by header name, trimmed; a short row simply lacks the trailing columns
     * @param extraCells how many cells the row has beyond the header's columns
     */
    public record Row(int line, Map<String, String> values, int extraCells) {

        public Row {
            values = Map.copyOf(values);
        }

        /** The trimmed value of a column, empty when the row has no such cell or it is blank. */
        public String value(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The file stops being readable at this line. */
    public record Malformed(int line, String message) {
    }
}
