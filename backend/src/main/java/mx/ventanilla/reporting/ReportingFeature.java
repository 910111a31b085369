package mx.ventanilla.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoDatabase;
import io.helidon.webserver.http.HttpRouting;
import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.calendar.model.Holiday;
import mx.ventanilla.calendar.model.MexicanFederalHolidays;
import mx.ventanilla.correspondence.application.ReadingCorrespondence;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.DeclaredIndexes;
import mx.ventanilla.reporting.application.CorrespondenceSearch;
import mx.ventanilla.reporting.application.ProductionStatistics;
import mx.ventanilla.reporting.application.TurnInbox;
import mx.ventanilla.reporting.graphql.ReportingGraphQl;
import mx.ventanilla.reporting.infrastructure.MongoCorrespondenceRows;
import mx.ventanilla.reporting.infrastructure.MongoProductionFigures;
import mx.ventanilla.reporting.infrastructure.MongoTurnRows;
import mx.ventanilla.reporting.infrastructure.ReportingIndexes;
import mx.ventanilla.reporting.web.ExportEndpoint;

/**
 * Reporting, wired: its indexes ensured, the inbox, search and statistics use cases over MongoDB, and the export
 * endpoint. The API module ({@link #graphQl}) calls {@link #turnInbox()}, {@link #correspondenceSearch()} and
 * {@link #productionStatistics()}; the composition root mounts {@link #routing}.
 */
public final class ReportingFeature {

    private static final int HOLIDAY_YEARS_BACK = 10;
    private static final int HOLIDAY_YEARS_AHEAD = 2;

    private final TurnInbox turnInbox;
    private final CorrespondenceSearch correspondenceSearch;
    private final ProductionStatistics productionStatistics;
    private final OrgUnits units;
    private final ZoneId zone;

    private ReportingFeature(TurnInbox turnInbox, CorrespondenceSearch correspondenceSearch,
                             ProductionStatistics productionStatistics, OrgUnits units, ZoneId zone) {
        this.turnInbox = turnInbox;
        this.correspondenceSearch = correspondenceSearch;
        this.productionStatistics = productionStatistics;
        this.units = units;
        this.zone = zone;
    }

    public static ReportingFeature start(MongoDatabase database, OrgUnits units, ZoneId zone, Clock clock) {
        DeclaredIndexes.ensure(database, ReportingIndexes.ALL);
        BusinessCalendar calendar = federalCalendar(zone, LocalDate.now(clock.withZone(zone)).getYear());
        return new ReportingFeature(
                new TurnInbox(new MongoTurnRows(database), units, clock, zone),
                new CorrespondenceSearch(new MongoCorrespondenceRows(database), clock, zone),
                new ProductionStatistics(new MongoProductionFigures(database), units, calendar, clock),
                units, zone);
    }

    /** Weekends and the federal holidays of the years around this one; institutional holidays are not known here. */
    static BusinessCalendar federalCalendar(ZoneId zone, int year) {
        List<LocalDate> holidays = IntStream.rangeClosed(year - HOLIDAY_YEARS_BACK, year + HOLIDAY_YEARS_AHEAD)
                .boxed()
                .flatMap(y -> MexicanFederalHolidays.of(y).stream())
                .map(Holiday::date)
                .toList();
        return new BusinessCalendar(zone, holidays);
    }

    public TurnInbox turnInbox() {
        return turnInbox;
    }

    public CorrespondenceSearch correspondenceSearch() {
        return correspondenceSearch;
    }

    public ProductionStatistics productionStatistics() {
        return productionStatistics;
    }

    /**
     * The API module: inboxes, search and statistics, whose nodes the correspondence feature reads (with its own
     * visibility) so that they are its {@code Turn} and {@code Correspondence} types.
     */
    public GraphQlModule graphQl(ReadingCorrespondence reading) {
        return new ReportingGraphQl(turnInbox, correspondenceSearch, productionStatistics, reading, units);
    }

    /** Mounts {@code /exports}, authenticating callers with the platform's authenticator. */
    public void routing(HttpRouting.Builder routing, Authenticator authenticator) {
        routing.register(ExportEndpoint.PATH,
                new ExportEndpoint(turnInbox, correspondenceSearch, units, authenticator, zone));
    }
}
