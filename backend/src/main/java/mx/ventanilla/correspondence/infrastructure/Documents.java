package mx.ventanilla.correspondence.infrastructure;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.ArchiveRecord;
import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Rating;
import mx.ventanilla.correspondence.model.Sender;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnResponse;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.scans.model.ScanPage;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.ScanStatus;
import mx.ventanilla.scans.model.StoredFile;
import org.bson.Document;

/**
 * The stored shapes of items and turns (see {@code docs/correspondence.md}): calendar dates as ISO strings, instants
 * as BSON dates, absent optional values as absent fields.
 */
final class Documents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Documents() {
    }

    static Document item(Correspondence item) {
        Document document = new Document("_id", item.id())
                .append("folio", item.folio().toString())
                .append("direction", item.direction().name())
                .append("documentType", item.documentType())
                .append("documentDate", item.documentDate().toString())
                .append("receivedAt", Date.from(item.receivedAt()))
                .append("sender", sender(item.sender()))
                .append("addresseeUnitId", item.addresseeUnitId())
                .append("subject", item.subject())
                .append("summary", item.summary())
                .append("priority", item.priority().name())
                .append("confidentiality", item.confidentiality().name())
                .append("grants", new ArrayList<>(item.grants()))
                .append("archivalSeries", item.archivalSeries())
                .append("references", item.references())
                .append("registeredBy", actor(item.registeredBy()))
                .append("registeredUnitId", item.registeredUnitId())
                .append("audiencePath", item.audiencePath())
                .append("status", item.status().name())
                .append("scans", item.scans().map(Documents::scans).orElse(null))
                .append("idempotencyKey", item.idempotencyKey().orElse(null))
                .append("idempotencyScope", item.idempotencyKey()
                        .map(key -> item.registeredBy().userId() + "/" + key).orElse("-/" + item.id()))
                .append("fingerprint", item.fingerprint())
                .append("archive", item.archive().map(Documents::archive).orElse(null))
                .append("searchText", fold(item.folio().toString(), item.subject(), item.sender().name(),
                        item.sender().organisation().orElse(""), item.summary()))
                .append("version", item.version())
                .append("createdAt", Date.from(item.createdAt()))
                .append("updatedAt", Date.from(item.updatedAt()));
        return document;
    }

    static Correspondence toItem(Document d) {
        return new Correspondence(d.getString("_id"), Folio.parse(d.getString("folio")),
                Direction.valueOf(d.getString("direction")), d.getString("documentType"),
                LocalDate.parse(d.getString("documentDate")), d.getDate("receivedAt").toInstant(),
                toSender(d.get("sender", Document.class)), d.getString("addresseeUnitId"), d.getString("subject"),
                d.getString("summary"), Priority.valueOf(d.getString("priority")),
                Confidentiality.valueOf(d.getString("confidentiality")),
                new HashSet<>(d.getList("grants", String.class)), d.getString("archivalSeries"),
                d.getList("references", String.class), toActor(d.get("registeredBy", Document.class)),
                d.getString("registeredUnitId"), d.getList("audiencePath", String.class),
                CorrespondenceStatus.valueOf(d.getString("status")),
                Optional.ofNullable(d.get("scans", Document.class)).map(Documents::toScans),
                Optional.ofNullable(d.getString("idempotencyKey")), d.getString("fingerprint"),
                Optional.ofNullable(d.get("archive", Document.class)).map(Documents::toArchive),
                d.getLong("version"), d.getDate("createdAt").toInstant(), d.getDate("updatedAt").toInstant());
    }

    static Document turn(Turn turn) {
        return new Document("_id", turn.id())
                .append("correspondenceId", turn.correspondenceId())
                .append("folio", turn.folio())
                .append("parentTurnId", turn.parentTurnId().orElse(null))
                .append("ancestorTurnIds", turn.ancestorTurnIds())
                .append("issuerUnitId", turn.issuerUnitId())
                .append("issuerUserId", turn.issuer().userId())
                .append("issuerName", turn.issuer().name())
                .append("recipientUnitId", turn.recipientUnitId())
                .append("recipientUserId", turn.recipientUserId().orElse(null))
                .append("recipientUnitPath", turn.recipientUnitPath())
                .append("instruction", turn.instruction().name())
                .append("instructions", turn.instructions())
                .append("dueDate", turn.dueDate().toString())
                .append("yellowFrom", turn.yellowFrom().toString())
                .append("priority", turn.priority().name())
                .append("state", turn.state().name())
                .append("issuedAt", Date.from(turn.issuedAt()))
                .append("receivedAt", turn.receivedAt().map(Date::from).orElse(null))
                .append("answeredAt", turn.answeredAt().map(Date::from).orElse(null))
                .append("concludedAt", turn.concludedAt().map(Date::from).orElse(null))
                .append("rating", turn.rating().map(Rating::name).orElse(null))
                .append("returnReason", turn.reason().orElse(null))
                .append("responses", turn.responses().stream().map(Documents::response).toList())
                .append("subject", turn.subject())
                .append("senderName", turn.senderName())
                .append("documentType", turn.documentType())
                .append("version", turn.version());
    }

    static Turn toTurn(Document d) {
        return new Turn(d.getString("_id"), d.getString("correspondenceId"), d.getString("folio"),
                Optional.ofNullable(d.getString("parentTurnId")), d.getList("ancestorTurnIds", String.class),
                new Actor(d.getString("issuerUserId"), d.getString("issuerName")), d.getString("issuerUnitId"),
                d.getString("recipientUnitId"), Optional.ofNullable(d.getString("recipientUserId")),
                d.getList("recipientUnitPath", String.class), TurnInstruction.valueOf(d.getString("instruction")),
                d.getString("instructions"), LocalDate.parse(d.getString("dueDate")),
                LocalDate.parse(d.getString("yellowFrom")), Priority.valueOf(d.getString("priority")),
                TurnState.valueOf(d.getString("state")), d.getDate("issuedAt").toInstant(),
                instant(d, "receivedAt"), instant(d, "answeredAt"), instant(d, "concludedAt"),
                Optional.ofNullable(d.getString("rating")).map(Rating::valueOf),
                Optional.ofNullable(d.getString("returnReason")),
                d.getList("responses", Document.class).stream().map(Documents::toResponse).toList(),
                d.getString("subject"), d.getString("senderName"), d.getString("documentType"), d.getLong("version"));
    }

    static Document actor(Actor actor) {
        return new Document("userId", actor.userId()).append("name", actor.name());
    }

    static Actor toActor(Document d) {
        return new Actor(d.getString("userId"), d.getString("name"));
    }

    /** Lower case, accents removed: what {@code searchText} holds and searches are folded to. */
    static String fold(String... values) {
        String joined = String.join(" ", values);
        return MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Optional<Instant> instant(Document d, String field) {
        return Optional.ofNullable(d.getDate(field)).map(Date::toInstant);
    }

    private static Document sender(Sender sender) {
        return new Document("kind", sender.kind().name())
                .append("name", sender.name())
                .append("organisation", sender.organisation().orElse(null))
                .append("level", sender.level().map(Enum::name).orElse(null))
                .append("position", sender.position().orElse(null));
    }

    private static Sender toSender(Document d) {
        return new Sender(Sender.Kind.valueOf(d.getString("kind")), d.getString("name"),
                Optional.ofNullable(d.getString("organisation")),
                Optional.ofNullable(d.getString("level")).map(Sender.GovernmentLevel::valueOf),
                Optional.ofNullable(d.getString("position")));
    }

    private static Document archive(ArchiveRecord record) {
        return new Document("archivedAt", Date.from(record.archivedAt()))
                .append("archivedBy", actor(record.archivedBy()))
                .append("archivalSeries", record.archivalSeries())
                .append("retentionYears", record.retentionYears())
                .append("retainUntil", record.retainUntil().toString());
    }

    private static ArchiveRecord toArchive(Document d) {
        return new ArchiveRecord(d.getDate("archivedAt").toInstant(), toActor(d.get("archivedBy", Document.class)),
                d.getString("archivalSeries"), d.getInteger("retentionYears"), LocalDate.parse(d.getString("retainUntil")));
    }

    private static Document response(TurnResponse response) {
        return new Document("text", response.text())
                .append("attachments", response.attachments().stream().map(Documents::file).toList())
                .append("outgoingFolio", response.outgoingFolio().orElse(null))
                .append("at", Date.from(response.at()))
                .append("by", actor(response.by()));
    }

    private static TurnResponse toResponse(Document d) {
        return new TurnResponse(d.getString("text"),
                d.getList("attachments", Document.class).stream().map(Documents::toFile).toList(),
                Optional.ofNullable(d.getString("outgoingFolio")), d.getDate("at").toInstant(),
                toActor(d.get("by", Document.class)));
    }

    static Document scans(ScanSet scans) {
        return new Document("id", scans.id())
                .append("status", scans.status().name())
                .append("pdf", scans.pdf().map(Documents::file).orElse(null))
                .append("failure", scans.failure().orElse(null))
                .append("pages", scans.pages().stream().map(page -> new Document("original", file(page.original()))
                        .append("thumbnail", page.thumbnail().map(Documents::file).orElse(null))
                        .append("width", page.width())
                        .append("height", page.height())).toList());
    }

    /** Sets stored before digitisation ran in the background have no id and no status: they were made READY. */
    private static ScanSet toScans(Document d) {
        Optional<StoredFile> pdf = Optional.ofNullable(d.get("pdf", Document.class)).map(Documents::toFile);
        return new ScanSet(Optional.ofNullable(d.getString("id")).orElseGet(() -> pdf.map(StoredFile::key).orElse("")),
                ScanStatus.valueOf(Optional.ofNullable(d.getString("status")).orElse(ScanStatus.READY.name())), pdf,
                d.getList("pages", Document.class).stream()
                        .map(page -> new ScanPage(toFile(page.get("original", Document.class)),
                                Optional.ofNullable(page.get("thumbnail", Document.class)).map(Documents::toFile),
                                page.getInteger("width"), page.getInteger("height")))
                        .toList(),
                Optional.ofNullable(d.getString("failure")));
    }

    private static Document file(StoredFile file) {
        return new Document("key", file.key()).append("size", file.size()).append("sha256", file.sha256())
                .append("contentType", file.contentType()).append("clientName", file.clientName());
    }

    private static StoredFile toFile(Document d) {
        return new StoredFile(d.getString("key"), ((Number) d.get("size")).longValue(), d.getString("sha256"),
                d.getString("contentType"), d.getString("clientName"));
    }
}
