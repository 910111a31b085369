package mx.ventanilla.correspondence.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one use case writes, committed together by {@link CorrespondenceLedger#commit}: a new or changed item,
 * new and changed turns, and the events for the timeline and the outbox. A changed value carries its next version;
 * it is stored only over the version before it.
 */
public record Changes(Optional<Correspondence> newItem, Optional<Correspondence> changedItem, List<Turn> newTurns,
                      List<Turn> changedTurns, List<CorrespondenceEvent> events) {

    public Changes {
        newTurns = List.copyOf(newTurns);
        changedTurns = List.copyOf(changedTurns);
        events = List.copyOf(events);
    }
}
