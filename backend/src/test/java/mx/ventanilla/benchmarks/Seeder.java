package mx.ventanilla.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import mx.ventanilla.reporting.model.SearchText;
import org.bson.Document;

/**
 * Seeds items and turns fast, straight into MongoDB in batches: seeding is not what is measured. One item and one
 * turn are first made through the API, and every seeded document is a copy of them with its own ids, folio, units,
 * dates and state, so the shapes are exactly what the backend writes ({@code docs/correspondence.md}).
 *
 * <p>Items are registered by the registry desk (DCG) in 2025 (folios {@code DCG-2025-000001}...), so they never
 * collide with folios registered during the run. Each item's turns go to different units of a fixed rotation; the
 * first turn of every item is RECEIVED (so a RECEIVED-only export has exactly one row per item), the second SENT, the
 * third ANSWERED or CONCLUDED, any further SENT. One item in fifty is RESERVED and granted to the director, who
 * therefore sees every turn.
 */
final class Seeder {

    static final List<String> RECIPIENTS = List.of("DRF", "DAC", "DRH", "DPV", "DTI", "DCT", "SV", "DRT", "SAF",
            "DRX", "SJ");
    private static final String[] SUBJECTS = {"Solicitud de información sobre el programa de vivienda social",
        "Invitación a la reunión regional de desarrollo urbano", "Queja por retraso en la entrega de escrituras",
        "Remisión del informe trimestral de avance físico-financiero",
        "Petición de apoyo para mejoramiento de vivienda", "Requerimiento de la Auditoría Superior del Estado",
        "Oficio de la Secretaría de Finanzas sobre el presupuesto"};
    private static final String[] SENDERS = {"José Núñez Ramírez", "Lic. Ana Pérez Gómez",
        "María Fernanda Ortiz",
        "Ing. Raúl Sánchez Trejo", "Comité Vecinal Las Águilas", "Mtra. Lucía Hernández"};
    private static final int BATCH = 1_000;

    private final MongoDatabase database;
    private final Map<String, String> unitIds;
    private final Map<String, List<String>> unitPaths;

    Seeder(MongoDatabase database) {
        this.database = database;
        this.unitIds = new HashMap<>();
        this.unitPaths = new HashMap<>();
        for (Document unit : database.getCollection("org_units").find()) {
            List<String> path = new ArrayList<>(unit.getList("ancestorIds", String.class));
            path.add(unit.getString("_id"));
            unitIds.put(unit.getString("code"), unit.getString("_id"));
            unitPaths.put(unit.getString("_id"), path);
        }
    }

    String unitId(String code) {
        return unitIds.get(code);
    }

    /** Seeds {@code items} copies of the template item with {@code turnsPerItem} turns each. */
    void seed(String templateItemId, int items, int turnsPerItem, String directorId) {
        MongoCollection<Document> correspondence = database.getCollection("correspondence");
        MongoCollection<Document> turns = database.getCollection("turns");
        Document item = correspondence.find(Filters.eq("_id", templateItemId)).first();
        Document turn = turns.find(Filters.eq("correspondenceId", templateItemId)).first();
        if (item == null || turn == null) {
            throw new IllegalStateException("The template item or its turn was not stored");
        }
        long started = System.nanoTime();
        long lastReport = started;
        List<Document> itemBatch = new ArrayList<>();
        List<Document> turnBatch = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Document copy = item(item, i, turnsPerItem, directorId);
            itemBatch.add(copy);
            for (int k = 0; k < turnsPerItem; k++) {
                turnBatch.add(turn(turn, copy, i, k));
            }
            if (itemBatch.size() == BATCH || i == items - 1) {
                correspondence.insertMany(itemBatch, new InsertManyOptions().ordered(false));
                turns.insertMany(turnBatch, new InsertManyOptions().ordered(false));
                itemBatch.clear();
                turnBatch.clear();
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(5).toNanos() || i == items - 1) {
                lastReport = System.nanoTime();
                reportProgress(i + 1, items, turnsPerItem, started);
            }
        }
    }

    private static void reportProgress(int done, int items, int turnsPerItem, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = done / seconds;
        Progress.line("  seeded %,d of %,d items (%,d turns), %.0f items/s, about %.0f s left", done, items,
                (long) done * turnsPerItem, rate, (items - done) / rate);
    }

    static String itemId(int i) {
        return "bench-item-%07d".formatted(i);
    }

    static boolean reserved(int i) {
        return i % 50 == 49;
    }

    private Document item(Document template, int i, int turnsPerItem, String directorId) {
        Document d = new Document(template);
        String folio = "DCG-2025-%06d".formatted(i + 1);
        String subject = SUBJECTS[i % SUBJECTS.length] + " " + (i + 1);
        String sender = SENDERS[i % SENDERS.length];
        Instant received = receivedAt(i);
        String addressee = unitId(RECIPIENTS.get(i % RECIPIENTS.size()));
        Set<String> audience = new LinkedHashSet<>(unitPaths.get(template.getString("registeredUnitId")));
        audience.addAll(unitPaths.get(addressee));
        for (int k = 0; k < turnsPerItem; k++) {
            audience.addAll(unitPaths.get(recipient(i, k)));
        }
        Document senderDocument = new Document(template.get("sender", Document.class)).append("name", sender);
        List<String> grants = new ArrayList<>(template.getList("grants", String.class));
        if (reserved(i) && !grants.contains(directorId)) {
            grants.add(directorId);
        }
        d.put("_id", itemId(i));
        d.put("folio", folio);
        d.put("subject", subject);
        d.put("sender", senderDocument);
        d.put("addresseeUnitId", addressee);
        d.put("receivedAt", java.util.Date.from(received));
        d.put("documentDate", LocalDate.ofInstant(received, ZoneOffset.UTC).minusDays(2).toString());
        d.put("priority", i % 10 == 0 ? "URGENT" : "NORMAL");
        d.put("confidentiality", reserved(i) ? "RESERVED" : "PUBLIC");
        d.put("grants", grants);
        d.put("audiencePath", new ArrayList<>(audience));
        d.put("status", "IN_PROCESS");
        d.put("idempotencyScope", "-/" + itemId(i));
        d.remove("idempotencyKey");
        d.remove("scans");
        d.put("fingerprint", "bench-" + i);
        d.put("searchText", SearchText.normalise(folio, subject, sender, template.getString("summary")));
        d.put("createdAt", java.util.Date.from(received));
        d.put("updatedAt", java.util.Date.from(received));
        return d;
    }

    private Document turn(Document template, Document item, int i, int k) {
        Document t = new Document(template);
        String recipient = recipient(i, k);
        Instant issued = receivedAt(i).plus(Duration.ofHours(2));
        LocalDate due = LocalDate.of(2025, 12, 1).plusDays(i % 400);
        t.put("_id", "bench-turn-%07d-%d".formatted(i, k));
        t.put("correspondenceId", item.getString("_id"));
        t.put("folio", item.getString("folio"));
        t.put("recipientUnitId", recipient);
        t.put("recipientUnitPath", unitPaths.get(recipient));
        t.remove("recipientUserId");
        t.put("recipientUserId", null);
        t.put("state", state(i, k));
        t.put("issuedAt", java.util.Date.from(issued));
        t.put("receivedAt", k == 1 ? null : java.util.Date.from(issued.plus(Duration.ofHours(3))));
        t.put("dueDate", due.toString());
        t.put("yellowFrom", due.minusDays(2).toString());
        t.put("priority", item.getString("priority"));
        t.put("subject", item.getString("subject"));
        t.put("senderName", item.get("sender", Document.class).getString("name"));
        t.put("confidentiality", item.getString("confidentiality"));
        t.put("grants", item.get("grants"));
        t.put("createdAt", java.util.Date.from(issued));
        t.put("batchIndex", k);
        return t;
    }

    private String recipient(int i, int k) {
        return unitId(RECIPIENTS.get((i + k * 4) % RECIPIENTS.size()));
    }

    private static String state(int i, int k) {
        return switch (k) {
            case 0 -> "RECEIVED";
            case 2 -> i % 2 == 0 ? "ANSWERED" : "CONCLUDED";
            default -> "SENT";
        };
    }

    private static Instant receivedAt(int i) {
        return Instant.parse("2025-01-02T15:00:00Z").plus(Duration.ofMinutes(5L * i % (360L * 24 * 60)));
    }
}
