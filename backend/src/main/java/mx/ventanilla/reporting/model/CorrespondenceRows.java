package mx.ventanilla.reporting.model;

import java.util.List;
import java.util.function.Consumer;

/** Registered correspondence as search rows (port; read from the {@code correspondence} collection). */
public interface CorrespondenceRows {

    /** Up to {@code limit} visible rows matching the criteria after its position, newest first. */
    List<CorrespondenceRow> fetch(CorrespondenceCriteria criteria, int limit);

    /** Hands every matching row to the sink, in list order, without holding them; returns how many. */
    long forEach(CorrespondenceCriteria criteria, Consumer<CorrespondenceRow> sink);
}
