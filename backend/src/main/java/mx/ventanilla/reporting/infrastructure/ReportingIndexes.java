package mx.ventanilla.reporting.infrastructure;

import java.util.List;

import com.mongodb.client.model.Indexes;

import mx.ventanilla.platform.persistence.IndexDefinition;

/**
 * The indexes reporting queries need on MongoDB (the embedded server ignores them). docs/reporting.md lists the query
 * each one serves. The unique {@code folio} index that serves folio lookups belongs to the correspondence feature.
 */
public final class ReportingIndexes {

    public static final List<IndexDefinition> ALL = List.of(
            IndexDefinition.forQueries("turns", "turns_inbox_unit", Indexes.ascending(
                    "recipientUnitPath", "state", "dueDate", "_id")),
            IndexDefinition.forQueries("turns", "turns_inbox_user", Indexes.ascending(
                    "recipientUserId", "state", "dueDate", "_id")),
            IndexDefinition.forQueries("turns", "turns_stats_issued", Indexes.ascending("issuerUnitId", "issuedAt")),
            IndexDefinition.forQueries("turns", "turns_stats_received",
                    Indexes.ascending("recipientUnitId", "receivedAt")),
            IndexDefinition.forQueries("turns", "turns_stats_answered",
                    Indexes.ascending("recipientUnitId", "answeredAt")),
            IndexDefinition.forQueries("turns", "turns_stats_concluded",
                    Indexes.ascending("recipientUnitId", "concludedAt")),
            IndexDefinition.forQueries("turns", "turns_stats_due", Indexes.ascending("recipientUnitId", "dueDate")),
            IndexDefinition.forQueries("correspondence", "correspondence_search_audience", Indexes.compoundIndex(
                    Indexes.ascending("audiencePath"), Indexes.descending("receivedAt", "_id"))),
            IndexDefinition.forQueries("correspondence", "correspondence_search_grants", Indexes.compoundIndex(
                    Indexes.ascending("grants"), Indexes.descending("receivedAt", "_id"))),
            IndexDefinition.forQueries("correspondence", "correspondence_search_all",
                    Indexes.descending("receivedAt", "_id")),
            IndexDefinition.forQueries("correspondence", "correspondence_stats_registered",
                    Indexes.ascending("registeredUnitId", "receivedAt")));

    private ReportingIndexes() {
    }
}
