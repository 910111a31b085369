package mx.ventanilla.correspondence.infrastructure;

import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.FolioNumbers;
import mx.ventanilla.platform.persistence.Sequences;

/** Folio numbers from the platform's sequences: one counter per unit prefix and year, e.g. {@code folio:DG:2026}. */
public final class SequenceFolioNumbers implements FolioNumbers {

    private final Sequences sequences;

    public SequenceFolioNumbers(Sequences sequences) {
        this.sequences = sequences;
    }

    @Override
    public long next(String prefix, int year) {
        return sequences.next(Folio.sequenceName(prefix, year));
    }
}
