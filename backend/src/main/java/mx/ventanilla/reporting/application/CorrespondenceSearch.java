package mx.ventanilla.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.model.CorrespondenceCriteria;
import mx.ventanilla.reporting.model.CorrespondencePosition;
import mx.ventanilla.reporting.model.CorrespondenceRow;
import mx.ventanilla.reporting.model.CorrespondenceRows;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.SearchQuery;
import mx.ventanilla.reporting.model.SearchText;
import mx.ventanilla.reporting.model.Visibility;

/**
 * Searching correspondence by folio, subject, sender and summary, ignoring case and accents, among the items the
 * caller may see (its unit and below, or everything for ADMIN and AUDITOR; RESERVED items only with a grant), newest
 * first, paged by keyset. The same search streams every row to an export.
 */
public final class CorrespondenceSearch {

    private final CorrespondenceRows rows;
    private final Clock clock;
    private final ZoneId zone;

    public CorrespondenceSearch(CorrespondenceRows rows, Clock clock, ZoneId zone) {
        this.rows = rows;
        this.clock = clock;
        this.zone = zone;
    }

    public ResultPage<CorrespondenceRow> page(Principal caller, SearchQuery query) {
        CorrespondenceCriteria criteria = criteria(caller, query);
        return ResultPage.of(rows.fetch(criteria, query.first() + 1), query.first());
    }

    /** Every row of the search from the start, handed to the sink one by one; returns how many. */
    public long forEach(Principal caller, SearchQuery query, Consumer<CorrespondenceRow> sink) {
        return rows.forEach(criteria(caller, query.page(query.first(), Optional.empty())), sink);
    }

    /** Checks the caller and the query and resolves them for storage, before anything is read. */
    public CorrespondenceCriteria criteria(Principal caller, SearchQuery query) {
        Readers.requireReader(caller);
        Optional<Period> period = Period.chosen(query.period(), query.preset(), LocalDate.now(clock.withZone(zone)));
        return new CorrespondenceCriteria(Visibility.of(caller), query.text().map(SearchText::normalise),
                query.folio(), period.map(p -> p.start(zone)), period.map(p -> p.end(zone)), query.documentType(),
                query.after().map(CorrespondencePosition::parse));
    }
}
