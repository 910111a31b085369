package mx.ventanilla.identity.application;

import java.util.List;
import java.util.Optional;

/**
 * What an organisation import did, row by row. A file with any error imports nothing.
 *
 * @param applied       whether units and users were written: false for a dry run and for a file with errors
 * @param dryRun        whether only validation was asked for
 * @param unitsCreated  units written, or that a dry run of a valid file would write
 * @param usersCreated  users written, or that a dry run of a valid file would write
 * @param rows          one entry per data row in line order, preceded by one for the header line when the header
 *                      itself is wrong
 */
public record ImportReport(boolean applied, boolean dryRun, int unitsCreated, int usersCreated, List<Row> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** How many rows (the header included) have errors. */
    public long rowsWithErrors() {
        return rows.stream().filter(row -> row.status() == Status.ERROR).count();
    }

    /** Whether a row can be imported. */
    public enum Status { OK, ERROR }

    /**
     * One line of the file.
     *
     * @param line     the physical line number, the header being line 1
     * @param key      the unit code or username of the row, when it has one
     * @param status   OK or ERROR
     * @param messages what is wrong with the row, each a sentence; empty when OK
     */
    public record Row(int line, Optional<String> key, Status status, List<String> messages) {

        public Row {
            messages = List.copyOf(messages);
        }

        static Row of(int line, Optional<String> key, List<String> messages) {
            return new Row(line, key, messages.isEmpty() ? Status.OK : Status.ERROR, messages);
        }
    }
}
