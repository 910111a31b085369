package mx.ventanilla.reporting.model;

import java.util.List;
import java.util.function.Consumer;

/** The turns as inbox rows (port; read from the {@code turns} collection). */
public interface TurnRows {

    /** Up to {@code limit} rows matching the criteria after its position, by due date then id. */
    List<TurnRow> fetch(TurnCriteria criteria, int limit);

    /** The same rows as {@link #fetch}, each with its whole turn, read by the same single query. */
    List<InboxTurn> fetchTurns(TurnCriteria criteria, int limit);

    /** Hands every matching row to the sink, in list order, without holding them; returns how many. */
    long forEach(TurnCriteria criteria, Consumer<TurnRow> sink);
}
