package mx.ventanilla.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.InboxTurn;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.TurnCriteria;
import mx.ventanilla.reporting.model.TurnPosition;
import mx.ventanilla.reporting.model.TurnRow;
import mx.ventanilla.reporting.model.TurnRows;

/**
 * The inbox of turns ("bandeja de turnos"): the caller's own turns or a visible unit's, filtered, sorted by due date
 * and paged by keyset, so that page 500 costs what page 1 costs. RESERVED items' turns appear only to users in the
 * item's grants. The same query streams every matching row to an export.
 */
public final class TurnInbox {

    private final TurnRows rows;
    private final OrgUnits units;
    private final Clock clock;
    private final ZoneId zone;

    public TurnInbox(TurnRows rows, OrgUnits units, Clock clock, ZoneId zone) {
        this.rows = rows;
        this.units = units;
        this.clock = clock;
        this.zone = zone;
    }

    /** One page of the inbox; NOT_FOUND for a unit the caller cannot see, BAD_USER_INPUT for a foreign cursor. */
    public ResultPage<TurnRow> page(Principal caller, InboxQuery query) {
        TurnCriteria criteria = criteria(caller, query);
        return ResultPage.of(rows.fetch(criteria, query.first() + 1), query.first());
    }

    /**
     * One page of the inbox with the whole turns, read by one query; the same checks as {@link #page}. The turns are
     * candidates: the correspondence visibility still decides which of them the caller is shown.
     */
    public ResultPage<InboxTurn> turns(Principal caller, InboxQuery query) {
        TurnCriteria criteria = criteria(caller, query);
        return ResultPage.of(rows.fetchTurns(criteria, query.first() + 1), query.first());
    }

    /** Every row of the query from the start, ignoring its page, handed to the sink one by one; returns how many. */
    public long forEach(Principal caller, InboxQuery query, Consumer<TurnRow> sink) {
        return rows.forEach(criteria(caller, query.page(query.first(), Optional.empty())), sink);
    }

    /** Checks the caller and the query and resolves them for storage, before anything is read. */
    public TurnCriteria criteria(Principal caller, InboxQuery query) {
        Readers.requireReader(caller);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<Period> period = Period.chosen(query.period(), query.preset(), today);
        return new TurnCriteria(query.scope(), scopeId(caller, query), caller.subjectId(), query.states(),
                query.lights(), today, period.map(p -> p.start(zone)), period.map(p -> p.end(zone)),
                query.documentType(), query.sender(), query.priority(), query.after().map(TurnPosition::parse));
    }

    private String scopeId(Principal caller, InboxQuery query) {
        if (query.scope() == Scope.MINE) {
            return caller.subjectId();
        }
        return query.unitId().map(id -> Readers.visibleUnit(caller, id, units).id()).orElse(caller.unitId());
    }
}
