package mx.ventanilla.correspondence.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.correspondence.model.DecisionCandidates;
import mx.ventanilla.correspondence.model.DecisionPosition;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.platform.persistence.IndexDefinition;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Candidates for pending decisions from the {@code turns} collection: an equality on {@code state}, then ranges on
 * {@code dueDate} and {@code _id}, read from the {@code turns_decisions} index in due-date order; the keyset is a lower
 * bound on the index, never a skip.
 */
public final class MongoDecisionCandidates implements DecisionCandidates {

    /** The index the lists read. */
    public static final List<IndexDefinition> INDEXES = List.of(IndexDefinition.forQueries(MongoCorrespondence.TURNS,
            "decisions", Indexes.ascending("state", "dueDate", "_id")));

    private static final Bson ORDER = Sorts.ascending("dueDate", "_id");

    private final MongoCollection<Document> turns;

    public MongoDecisionCandidates(MongoDatabase database) {
        this.turns = database.getCollection(MongoCorrespondence.TURNS);
    }

    @Override
    public List<Turn> proposed(Optional<DecisionPosition> after, int limit) {
        return find(List.of(Filters.eq("state", TurnState.PROPOSED.name())), after, limit);
    }

    @Override
    public List<Turn> answered(Optional<IssuedBy> issuedBy, Optional<DecisionPosition> after, int limit) {
        List<Bson> parts = new ArrayList<>();
        parts.add(Filters.eq("state", TurnState.ANSWERED.name()));
        issuedBy.ifPresent(issuer -> parts.add(issuer(issuer)));
        return find(parts, after, limit);
    }

    private List<Turn> find(List<Bson> filters, Optional<DecisionPosition> after, int limit) {
        List<Bson> parts = new ArrayList<>(filters);
        after.ifPresent(position -> parts.add(after(position)));
        return turns.find(Filters.and(parts)).sort(ORDER).limit(limit).map(Documents::toTurn)
                .into(new ArrayList<>());
    }

    private static Bson issuer(IssuedBy issuer) {
        Bson person = Filters.eq("issuerUserId", issuer.userId());
        return issuer.unitId().map(unit -> Filters.or(person, Filters.eq("issuerUnitId", unit))).orElse(person);
    }

    private static Bson after(DecisionPosition position) {
        String due = position.dueDate().toString();
        return Filters.or(Filters.gt("dueDate", due),
                Filters.and(Filters.eq("dueDate", due), Filters.gt("_id", position.id())));
    }
}
