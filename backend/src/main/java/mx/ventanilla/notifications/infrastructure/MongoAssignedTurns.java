package mx.ventanilla.notifications.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.AssignedTurns;
import org.bson.Document;

/**
 * Reads the correspondence feature's {@code turns} collection (its documented shape, see docs/correspondence.md):
 * open turns are SENT, RECEIVED or RETURNED; YELLOW or RED means {@code yellowFrom <= today} (ISO date strings).
 */
public final class MongoAssignedTurns implements AssignedTurns {

    private static final List<String> OPEN = List.of("SENT", "RECEIVED", "RETURNED");

    private final MongoCollection<Document> turns;

    public MongoAssignedTurns(MongoDatabase database) {
        this.turns = database.getCollection("turns");
    }

    @Override
    public Optional<AssignedTurn> find(String turnId) {
        return Optional.ofNullable(turns.find(Filters.eq("_id", turnId)).first()).map(MongoAssignedTurns::toTurn);
    }

    @Override
    public List<AssignedTurn> dueSoonOrOverdue(LocalDate today) {
        List<AssignedTurn> found = new ArrayList<>();
        turns.find(Filters.and(Filters.in("state", OPEN), Filters.lte("yellowFrom", today.toString())))
                .forEach(document -> found.add(toTurn(document)));
        return found;
    }

    private static AssignedTurn toTurn(Document document) {
        boolean reserved = "RESERVED".equals(document.getString("confidentiality"));
        return new AssignedTurn(document.getString("_id"), document.getString("correspondenceId"),
                document.getString("folio"), document.getString("subject"), document.getString("recipientUnitId"),
                Optional.ofNullable(document.getString("recipientUserId")),
                reserved ? document.getList("grants", String.class, List.of()) : List.of(),
                LocalDate.parse(document.getString("dueDate")), LocalDate.parse(document.getString("yellowFrom")));
    }
}
