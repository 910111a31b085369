package mx.ventanilla.pwa.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calls of the inbox, the item detail and the answer to a turn: {@code myTurns}, {@code unitTurns},
 * {@code correspondence}, {@code receiveTurn} and {@code respondToTurn}. Thread-safe.
 */
public final class TurnsApi {

    /** Whose turns an inbox lists. */
    public enum Scope { MINE, UNIT }

    private static final String ITEM = "query($id: ID!) { correspondence(id: $id) { id folio direction documentType"
            + " documentDate receivedAt sender { kind name organisation position } addresseeUnit { id code name }"
            + " subject summary priority confidentiality archivalSeries references status version"
            + " scans { pdf { size } pages { thumbnail { size } } }"
            + " turnTree { " + Turn.FIELDS + " responses { text at by { name } attachments { clientName } } }"
            + " timeline(first: 50) { nodes { type turnId at actor { name } } } } }";
    private static final String RECEIVE = "mutation($id: ID!) { receiveTurn(id: $id) { " + Turn.FIELDS + " } }";
    private static final String RESPOND = "mutation($id: ID!, $text: String!, $attachments: [Upload!],"
            + " $expectedVersion: Int) { respondToTurn(id: $id, text: $text, attachments: $attachments,"
            + " expectedVersion: $expectedVersion) { " + Turn.FIELDS + " } }";

    private final VentanillaApi api;
    private final MultipartCall multipart;

    public TurnsApi(VentanillaApi api) {
        this.api = api;
        this.multipart = new MultipartCall(api);
    }

    /** One page of the caller's ({@code MINE}) or the caller's unit's ({@code UNIT}) turns, earliest due first. */
    public TurnPage inbox(Scope scope, InboxFilter filter, Optional<String> after, int first, String accessToken) {
        String field = scope == Scope.MINE ? "myTurns" : "unitTurns";
        String document = "query($first: Int, $after: String, $filter: InboxFilter) { " + field
                + "(first: $first, after: $after, filter: $filter) { nodes { " + Turn.FIELDS + " }"
                + " pageInfo { hasNextPage endCursor } } }";
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("filter", filter.toInput());
        after.ifPresent(cursor -> variables.put("after", cursor));
        JsonNode connection = api.call(document, variables, accessToken).path(field);
        List<Turn> turns = new ArrayList<>();
        connection.path("nodes").forEach(node -> turns.add(turn(node)));
        JsonNode pageInfo = connection.path("pageInfo");
        Optional<String> next = pageInfo.path("hasNextPage").asBoolean()
                ? Optional.of(pageInfo.path("endCursor").asText()) : Optional.empty();
        return new TurnPage(turns, next);
    }

    /** The item with this id; {@code NOT_FOUND} when it does not exist or the caller may not see it. */
    public Item item(String id, String accessToken) {
        return item(api.call(ITEM, Map.of("id", id), accessToken).path("correspondence"));
    }

    /** The recipient opens the turn (read receipt); opening again changes nothing. */
    public Turn receive(String turnId, String accessToken) {
        return turn(api.call(RECEIVE, Map.of("id", turnId), accessToken).path("receiveTurn"));
    }

    /**
     * Answers a turn with text and files, as a multipart GraphQL request; {@code CONFLICT} when the turn changed
     * since {@code expectedVersion}. Each file is read from its path while the request body is sent, so none is held
     * in memory.
     */
    public Turn respond(String turnId, String text, List<Attachment> attachments, int expectedVersion,
                        String accessToken) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", turnId);
        variables.put("text", text);
        variables.put("expectedVersion", expectedVersion);
        List<MultipartCall.File> files = attachments.stream()
                .map(file -> MultipartCall.File.streamed(file.fileName(), file.contentType(), file.size(),
                        () -> Files.newInputStream(file.path()))).toList();
        JsonNode data = multipart.call(RESPOND, variables, "attachments", files, accessToken);
        return turn(data.path("respondToTurn"));
    }

    /**
     * A file to send, waiting on the server's disk.
     *
     * @param fileName    its name on the device
     * @param contentType its media type
     * @param size        its length in bytes, as it is on disk
     * @param path        where it waits until it is sent
     */
    public record Attachment(String fileName, String contentType, long size, Path path) {
    }

    static Turn turn(JsonNode node) {
        JsonNode unit = node.path("recipientUnit");
        return new Turn(node.path("id").asText(), node.path("correspondenceId").asText(), node.path("folio").asText(),
                node.path("subject").asText(), node.path("senderName").asText(), node.path("level").asInt(),
                new Turn.UnitRef(unit.path("id").asText(), unit.path("code").asText(), unit.path("name").asText()),
                text(node.path("recipientUserId")), node.path("instruction").asText(),
                node.path("instructions").asText(), LocalDate.parse(node.path("dueDate").asText()),
                text(node.path("trafficLight")), node.path("state").asText(), node.path("version").asInt());
    }

    private static Item item(JsonNode node) {
        JsonNode unit = node.path("addresseeUnit");
        JsonNode scans = node.path("scans");
        return new Item(node.path("id").asText(), node.path("folio").asText(), node.path("direction").asText(),
                node.path("documentType").asText(), LocalDate.parse(node.path("documentDate").asText()),
                Instant.parse(node.path("receivedAt").asText()), sender(node.path("sender")),
                new Turn.UnitRef(unit.path("id").asText(), unit.path("code").asText(), unit.path("name").asText()),
                node.path("subject").asText(), node.path("summary").asText(), node.path("priority").asText(),
                node.path("confidentiality").asText(), node.path("archivalSeries").asText(),
                strings(node.path("references")), node.path("status").asText(), pages(scans),
                scans.path("pdf").isObject(), node.path("version").asInt(), turns(node.path("turnTree")),
                events(node.path("timeline").path("nodes")), responses(node.path("turnTree")));
    }

    private static List<Item.Response> responses(JsonNode turnTree) {
        List<Item.Response> responses = new ArrayList<>();
        turnTree.forEach(turn -> {
            JsonNode given = turn.path("responses");
            for (int index = 0; index < given.size(); index++) {
                JsonNode response = given.path(index);
                List<String> names = new ArrayList<>();
                response.path("attachments").forEach(file -> names.add(file.path("clientName").asText()));
                responses.add(new Item.Response(turn.path("id").asText(), index + 1, response.path("text").asText(),
                        Instant.parse(response.path("at").asText()), response.path("by").path("name").asText(), names));
            }
        });
        return responses;
    }

    private static String sender(JsonNode sender) {
        StringBuilder line = new StringBuilder(sender.path("name").asText());
        text(sender.path("position")).ifPresent(position -> line.append(", ").append(position));
        text(sender.path("organisation")).ifPresent(organisation -> line.append(" (").append(organisation).append(')'));
        return line.toString();
    }

    private static List<Item.Page> pages(JsonNode scans) {
        List<Item.Page> pages = new ArrayList<>();
        scans.path("pages").forEach(page -> pages.add(new Item.Page(pages.size() + 1,
                page.path("thumbnail").isObject())));
        return pages;
    }

    private static List<Turn> turns(JsonNode array) {
        List<Turn> turns = new ArrayList<>();
        array.forEach(node -> turns.add(turn(node)));
        return turns;
    }

    private static List<Item.Event> events(JsonNode array) {
        List<Item.Event> events = new ArrayList<>();
        array.forEach(node -> events.add(new Item.Event(node.path("type").asText(),
                Instant.parse(node.path("at").asText()), node.path("actor").path("name").asText(),
                text(node.path("turnId")))));
        return events;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
