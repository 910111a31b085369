package mx.ventanilla.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.reporting.model.SearchText;

/**
 * Writes {@code correspondence} and {@code turns} documents in the shapes of docs/correspondence.md straight through
 * the driver, and reads demo users and units back as callers.
 */
final class ReportingFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final MongoDatabase database;

    ReportingFixtures(MongoDatabase database) {
        this.database = database;
    }

    String unitId(String code) {
        return database.getCollection("org_units").find(new Document("code", code)).first().getString("_id");
    }

    List<String> unitPath(String code) {
        Document unit = database.getCollection("org_units").find(new Document("code", code)).first();
        List<String> path = new ArrayList<>(unit.getList("ancestorIds", String.class));
        path.add(unit.getString("_id"));
        return path;
    }

    Principal caller(String username) {
        Document user = database.getCollection("users").find(new Document("username", username)).first();
        Set<Role> roles = new HashSet<>();
        user.getList("roles", String.class).forEach(role -> roles.add(Role.valueOf(role)));
        return new Principal(user.getString("_id"), Principal.Kind.USER, username, roles, user.getString("unitId"),
                Set.of());
    }

    Item item() {
        return new Item();
    }

    Turn turn(Item item) {
        return new Turn(item);
    }

    /** A correspondence document under construction; {@link #save()} inserts it. */
    final class Item {
        final String id = UUID.randomUUID().toString();
        String folio = "DCG-2026-%06d".formatted(SEQUENCE.incrementAndGet());
        String subject = "Solicitud de información";
        String senderName = "Juan Pérez";
        String summary = "";
        String documentType = "OFICIO";
        String unitCode = "DCG";
        Instant receivedAt = Instant.parse("2026-03-02T16:00:00Z");
        List<String> audience = new ArrayList<>();
        List<String> grants = new ArrayList<>();
        boolean reserved;

        Item subject(String text) {
            subject = text;
            return this;
        }

        Item sender(String name) {
            senderName = name;
            return this;
        }

        Item summary(String text) {
            summary = text;
            return this;
        }

        Item folio(String text) {
            folio = text;
            return this;
        }

        Item registeredBy(String code) {
            unitCode = code;
            return this;
        }

        Item receivedAt(Instant at) {
            receivedAt = at;
            return this;
        }

        Item audience(String... codes) {
            for (String code : codes) {
                unitPath(code).stream().filter(id -> !audience.contains(id)).forEach(audience::add);
            }
            return this;
        }

        Item reserved(String... grantedUserIds) {
            reserved = true;
            grants.addAll(List.of(grantedUserIds));
            return this;
        }

        Item save() {
            database.getCollection("correspondence").insertOne(document());
            return this;
        }

        Document document() {
            audience(unitCode);
            return new Document("_id", id)
                    .append("folio", folio).append("direction", "INCOMING").append("documentType", documentType)
                    .append("receivedAt", Date.from(receivedAt))
                    .append("sender", new Document("kind", "CITIZEN").append("name", senderName))
                    .append("subject", subject).append("summary", summary).append("priority", "NORMAL")
                    .append("confidentiality", reserved ? "RESERVED" : "PUBLIC").append("grants", grants)
                    .append("registeredUnitId", unitId(unitCode)).append("audiencePath", audience)
                    .append("status", "IN_PROCESS")
                    .append("searchText", SearchText.normalise(folio, subject, senderName, summary));
        }
    }

    /** A turn document under construction; {@link #save()} inserts it. */
    final class Turn {
        final String id = UUID.randomUUID().toString();
        final Item item;
        String recipientCode = "SAF";
        Optional<String> recipientUserId = Optional.empty();
        String issuerCode = "DG";
        String state = "SENT";
        String instruction = "ATTENTION";
        String priority = "NORMAL";
        Instant issuedAt = Instant.parse("2026-03-02T17:00:00Z");
        LocalDate dueDate = LocalDate.parse("2026-03-09");
        LocalDate yellowFrom = LocalDate.parse("2026-03-05");
        Optional<Instant> receivedAt = Optional.empty();
        Optional<Instant> answeredAt = Optional.empty();
        Optional<Instant> concludedAt = Optional.empty();

        Turn(Item item) {
            this.item = item;
        }

        Turn to(String unitCode) {
            recipientCode = unitCode;
            return this;
        }

        Turn toUser(String userId) {
            recipientUserId = Optional.of(userId);
            return this;
        }

        Turn from(String unitCode) {
            issuerCode = unitCode;
            return this;
        }

        Turn state(String value) {
            state = value;
            return this;
        }

        Turn priority(String value) {
            priority = value;
            return this;
        }

        Turn issuedAt(Instant at) {
            issuedAt = at;
            return this;
        }

        Turn due(LocalDate yellow, LocalDate due) {
            yellowFrom = yellow;
            dueDate = due;
            return this;
        }

        Turn receivedAt(Instant at) {
            receivedAt = Optional.of(at);
            return this;
        }

        Turn answeredAt(Instant at) {
            answeredAt = Optional.of(at);
            return this;
        }

        Turn concludedAt(Instant at) {
            concludedAt = Optional.of(at);
            return this;
        }

        Turn save() {
            database.getCollection("turns").insertOne(document());
            return this;
        }

        Document document() {
            Document turn = new Document("_id", id).append("correspondenceId", item.id).append("folio", item.folio)
                    .append("issuerUnitId", unitId(issuerCode)).append("recipientUnitId", unitId(recipientCode))
                    .append("recipientUnitPath", unitPath(recipientCode))
                    .append("instruction", instruction).append("priority", priority).append("state", state)
                    .append("issuedAt", Date.from(issuedAt)).append("dueDate", dueDate.toString())
                    .append("yellowFrom", yellowFrom.toString()).append("subject", item.subject)
                    .append("senderName", item.senderName).append("documentType", item.documentType)
                    .append("confidentiality", item.reserved ? "RESERVED" : "PUBLIC").append("grants", item.grants);
            recipientUserId.ifPresent(user -> turn.append("recipientUserId", user));
            receivedAt.ifPresent(at -> turn.append("receivedAt", Date.from(at)));
            answeredAt.ifPresent(at -> turn.append("answeredAt", Date.from(at)));
            concludedAt.ifPresent(at -> turn.append("concludedAt", Date.from(at)));
            return turn;
        }
    }

    void insertTurns(List<Turn> turns) {
        database.getCollection("turns").insertMany(turns.stream().map(Turn::document).toList());
    }

    void insertItems(List<Item> items) {
        database.getCollection("correspondence").insertMany(items.stream().map(Item::document).toList());
    }

    void clear() {
        database.getCollection("turns").drop();
        database.getCollection("correspondence").drop();
    }
}
