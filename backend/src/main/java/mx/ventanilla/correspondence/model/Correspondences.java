package mx.ventanilla.correspondence.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads correspondence, turns and timelines (port); authorisation is the caller's business. */
public interface Correspondences {

    Optional<Correspondence> findById(String id);

    Optional<Correspondence> findByFolio(Folio folio);

    /** The items with these ids, in no particular order; unknown ids are left out. */
    List<Correspondence> findAllById(Collection<String> ids);

    /** The item a user registered with this idempotency key. */
    Optional<Correspondence> findByIdempotencyKey(String userId, String key);

    /** Every turn of the item, proposed and closed ones included, in the order they were created. */
    List<Turn> turnsOf(String correspondenceId);

    Optional<Turn> findTurn(String turnId);

    /** The turns with these ids, in no particular order; unknown ids are left out. */
    List<Turn> findTurns(Collection<String> turnIds);

    /** Every turn of these items, proposed and closed ones included, in the order they were created. */
    List<Turn> turnsOfAll(Collection<String> correspondenceIds);

    /** Ids of items whose scans are still to be digitised, oldest first, at most {@code limit}. */
    List<String> withPendingScans(int limit);

    /** Up to {@code limit} timeline entries of the item after the given position, oldest first. */
    List<TimelineEntry> timeline(String correspondenceId, long afterPosition, int limit);
}
