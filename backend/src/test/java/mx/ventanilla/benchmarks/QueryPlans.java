package mx.ventanilla.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoDatabase;
import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.ReportingFeature;
import mx.ventanilla.reporting.infrastructure.StoredQueries;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchQuery;
import org.bson.Document;

/**
 * {@code explain} for the inbox and search queries, exactly as the reporting adapters send them: whether MongoDB's
 * winning plan reads an index ({@code IXSCAN}), never the whole collection ({@code COLLSCAN}), and whether it sorts in
 * memory ({@code SORT}). The embedded MongoDB-wire server has no query planner.
 *
 * @param query   which query
 * @param ixscan  whether the winning plan has an index scan and no collection scan
 * @param sort    whether the winning plan has a blocking sort stage
 * @param verdict what to print
 */
record QueryPlans(String query, boolean ixscan, boolean sort, String verdict) {

    static List<QueryPlans> check(boolean realMongo, MongoDatabase mongo, ReportingFeature reporting,
                                  Principal caller, Optional<String> deepCursor, int pageSize) {
        List<QueryPlans> plans = new ArrayList<>();
        if (!realMongo) {
            plans.add(new QueryPlans("every inbox and search query", false, false,
                    "not available: the embedded MongoDB-wire server has no query planner and ignores "
                            + "non-unique indexes"));
            return plans;
        }
        InboxQuery.Builder first = InboxQuery.builder(Scope.UNIT).first(pageSize);
        InboxQuery.Builder deep = InboxQuery.builder(Scope.UNIT).first(pageSize);
        deepCursor.ifPresent(deep::after);
        plans.add(of("inbox UNIT, first page", turns(mongo, reporting, caller, first.build(), pageSize)));
        plans.add(of("inbox UNIT, deep page", turns(mongo, reporting, caller, deep.build(), pageSize)));
        plans.add(of("inbox MINE, first page", turns(mongo, reporting, caller,
                InboxQuery.builder(Scope.MINE).first(pageSize).build(), pageSize)));
        plans.add(of("inbox UNIT, RECEIVED, RED or YELLOW", turns(mongo, reporting, caller,
                InboxQuery.builder(Scope.UNIT).first(pageSize).states(Set.of(TurnState.RECEIVED))
                        .lights(Set.of(TrafficLight.RED, TrafficLight.YELLOW)).build(), pageSize)));
        plans.add(of("search text \"vivienda\"", items(mongo, reporting, caller,
                SearchQuery.builder().text("vivienda").first(pageSize).build(), pageSize)));
        plans.add(of("search exact folio", items(mongo, reporting, caller,
                SearchQuery.builder().folio("DCG-2025-000010").first(pageSize).build(), pageSize)));
        return plans;
    }

    private static FindIterable<Document> turns(MongoDatabase mongo, ReportingFeature reporting, Principal caller,
                                                InboxQuery query, int pageSize) {
        return mongo.getCollection(StoredQueries.TURNS)
                .find(StoredQueries.turnFilter(reporting.turnInbox().criteria(caller, query)))
                .sort(StoredQueries.TURN_ORDER).projection(StoredQueries.INBOX_PAGE_FIELDS).limit(pageSize + 1);
    }

    private static FindIterable<Document> items(MongoDatabase mongo, ReportingFeature reporting, Principal caller,
                                                SearchQuery query, int pageSize) {
        return mongo.getCollection(StoredQueries.CORRESPONDENCE)
                .find(StoredQueries.correspondenceFilter(reporting.correspondenceSearch().criteria(caller, query)))
                .sort(StoredQueries.CORRESPONDENCE_ORDER).projection(StoredQueries.CORRESPONDENCE_FIELDS)
                .limit(pageSize + 1);
    }

    private static QueryPlans of(String query, FindIterable<Document> find) {
        Document plan = find.explain(ExplainVerbosity.QUERY_PLANNER);
        String winning = plan.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
        boolean ixscan = winning.contains("\"IXSCAN\"") && !winning.contains("\"COLLSCAN\"");
        boolean sort = winning.contains("\"stage\": \"SORT\"");
        String verdict = (ixscan ? "IXSCAN" : "NO index scan") + (sort ? ", blocking SORT" : ", no blocking sort");
        return new QueryPlans(query, ixscan, sort, verdict);
    }
}
