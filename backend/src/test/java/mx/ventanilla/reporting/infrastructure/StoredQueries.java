package mx.ventanilla.reporting.infrastructure;

import mx.ventanilla.reporting.model.CorrespondenceCriteria;
import mx.ventanilla.reporting.model.TurnCriteria;
import org.bson.conversions.Bson;

/**
 * The exact filters, orders and projections the reporting adapters send to MongoDB, for the benchmark's direct-driver
 * baseline and its {@code explain} check: the baseline then runs the same query the API runs, minus the API.
 */
public final class StoredQueries {

    public static final String TURNS = MongoTurnRows.COLLECTION;
    public static final String CORRESPONDENCE = MongoCorrespondenceRows.COLLECTION;
    public static final Bson TURN_ORDER = MongoTurnRows.ORDER;
    public static final Bson TURN_FIELDS = MongoTurnRows.FIELDS;
    /** What the API's inbox page projects: whole turns, its nodes. */
    public static final Bson INBOX_PAGE_FIELDS = MongoTurnRows.TURN_FIELDS;
    public static final Bson CORRESPONDENCE_ORDER = MongoCorrespondenceRows.ORDER;
    public static final Bson CORRESPONDENCE_FIELDS = MongoCorrespondenceRows.FIELDS;

    private StoredQueries() {
    }

    public static Bson turnFilter(TurnCriteria criteria) {
        return MongoTurnRows.filter(criteria);
    }

    public static Bson correspondenceFilter(CorrespondenceCriteria criteria) {
        return MongoCorrespondenceRows.filter(criteria);
    }
}
