package mx.ventanilla.pwa.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API calls of the approvals screen: proposed turns to approve, edit or reject, and answered turns to accept or
 * return, as the backend's {@code proposedTurnsToApprove} and {@code responsesToEvaluate} list them.
 */
public final class ApprovalsApi {

    /** Rows per page of each list. */
    public static final int PAGE = 50;
    private static final String PROPOSALS = """
            query Proposals($first: Int, $after: String) {
              proposedTurnsToApprove(first: $first, after: $after) { nodes {
              id correspondenceId folio subject senderName instruction instructions dueDate priority version
              issuer { name } recipientUnit { code name } } pageInfo { hasNextPage endCursor } } }""";
    private static final String RESPONSES = """
            query Responses($first: Int, $after: String) {
              responsesToEvaluate(first: $first, after: $after) { nodes {
              id correspondenceId folio subject instruction dueDate version recipientUnit { code name }
              responses { text at by { name } attachments { clientName } } } pageInfo { hasNextPage endCursor } } }""";
    private static final String APPROVE = """
            mutation Approve($ids: [ID!]!, $edits: [ProposedTurnEdit!]) {
              approveProposedTurns(ids: $ids, edits: $edits) { id state dueDate } }""";
    private static final String REJECT = """
            mutation Reject($id: ID!, $reason: String!) { rejectProposedTurn(id: $id, reason: $reason) { id state } }""";
    private static final String ACCEPT = """
            mutation Accept($id: ID!, $rating: Rating, $version: Int) {
              acceptResponse(turnId: $id, rating: $rating, expectedVersion: $version) { id state } }""";
    private static final String RETURN = """
            mutation Return($id: ID!, $reason: String!, $version: Int) {
              returnResponse(turnId: $id, reason: $reason, expectedVersion: $version) { id state } }""";

    private final VentanillaApi api;

    public ApprovalsApi(VentanillaApi api) {
        this.api = api;
    }

    /** A page of the proposed turns the caller may decide, earliest due first, with each item's sender. */
    public Paged<Proposal> proposals(String token, Optional<String> after) {
        JsonNode connection = api.call(PROPOSALS, page(after), token).path("proposedTurnsToApprove");
        JsonNode nodes = connection.path("nodes");
        List<Proposal> proposals = new ArrayList<>();
        nodes.forEach(node -> proposals.add(new Proposal(node.path("id").asText(),
                node.path("correspondenceId").asText(), node.path("folio").asText(), node.path("subject").asText(),
                node.path("senderName").asText(),
                unit(node.path("recipientUnit")), node.path("recipientUnit").path("code").asText(),
                node.path("instruction").asText(),
                node.path("instructions").asText(), LocalDate.parse(node.path("dueDate").asText()),
                node.path("priority").asText(), node.path("issuer").path("name").asText())));
        return new Paged<>(proposals, Paged.nextAfter(connection));
    }

    /** A page of the answered turns whose response the caller may accept or return, earliest due first. */
    public Paged<ResponseToEvaluate> responses(String token, Optional<String> after) {
        JsonNode connection = api.call(RESPONSES, page(after), token).path("responsesToEvaluate");
        JsonNode nodes = connection.path("nodes");
        List<ResponseToEvaluate> responses = new ArrayList<>();
        nodes.forEach(node -> {
            int count = node.path("responses").size();
            JsonNode last = node.path("responses").path(count - 1);
            List<Attachment> attachments = new ArrayList<>();
            last.path("attachments").forEach(file -> attachments.add(new Attachment(file.path("clientName").asText(),
                    count, attachments.size() + 1)));
            responses.add(new ResponseToEvaluate(node.path("id").asText(), node.path("correspondenceId").asText(),
                    node.path("folio").asText(),
                    node.path("subject").asText(), unit(node.path("recipientUnit")),
                    node.path("recipientUnit").path("code").asText(), last.path("text").asText(),
                    last.path("by").path("name").asText(), Instant.parse(last.path("at").asText()), attachments,
                    node.path("version").asInt()));
        });
        return new Paged<>(responses, Paged.nextAfter(connection));
    }

    private static Map<String, Object> page(Optional<String> after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", PAGE);
        after.ifPresent(cursor -> variables.put("after", cursor));
        return variables;
    }

    /** Approves proposed turns of one item, with the edits given for some of them. */
    public void approve(String token, List<String> turnIds, List<TurnEdit> edits) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ids", turnIds);
        variables.put("edits", edits.stream().map(TurnEdit::toVariables).toList());
        api.call(APPROVE, variables, token);
    }

    public void reject(String token, String turnId, String reason) {
        api.call(REJECT, Map.of("id", turnId, "reason", reason), token);
    }

    /** Accepts a response as read at {@code version}; CONFLICT when it changed since. */
    public void accept(String token, String turnId, String rating, int version) {
        api.call(ACCEPT, Map.of("id", turnId, "rating", rating, "version", version), token);
    }

    /** Returns a response as read at {@code version} with a reason; CONFLICT when it changed since. */
    public void returnResponse(String token, String turnId, String reason, int version) {
        api.call(RETURN, Map.of("id", turnId, "reason", reason, "version", version), token);
    }

    private static String unit(JsonNode unit) {
        return unit.path("name").asText() + " (" + unit.path("code").asText() + ")";
    }

    /**
     * A proposed turn awaiting the caller's decision.
     *
     * @param recipientUnit the proposed recipient unit's name and code
     * @param recipientCode the proposed recipient unit's code
     * @param proposedBy    who proposed it (the registering officer)
     */
    public record Proposal(String turnId, String correspondenceId, String folio, String subject, String sender,
                           String recipientUnit, String recipientCode, String instruction, String instructions, LocalDate dueDate,
                           String priority, String proposedBy) {
    }

    /**
     * An answered turn awaiting the caller's evaluation, with its latest response.
     *
     * @param version the turn's version as read, sent back to refuse acting on a stale view
     */
    public record ResponseToEvaluate(String turnId, String correspondenceId, String folio, String subject, String recipientUnit,
                                     String recipientCode, String text,
                                     String answeredBy, Instant answeredAt, List<Attachment> attachments,
                                     int version) {

        public ResponseToEvaluate {
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * A file attached to a response.
     *
     * @param name     its name on the sender's device
     * @param response which of the turn's responses, from 1
     * @param number   which of that response's attachments, from 1
     */
    public record Attachment(String name, int response, int number) {
    }

    /**
     * Changes to a proposed turn made before approving it; empty parts stay as proposed. Give a due date or business
     * days, not both.
     */
    public record TurnEdit(String turnId, Optional<String> instruction, Optional<String> instructions,
                           Optional<LocalDate> dueDate, Optional<Integer> dueInBusinessDays,
                           Optional<String> priority) {

        Map<String, Object> toVariables() {
            Map<String, Object> edit = new HashMap<>();
            edit.put("turnId", turnId);
            instruction.ifPresent(value -> edit.put("instruction", value));
            instructions.ifPresent(value -> edit.put("instructions", value));
            dueDate.ifPresent(value -> edit.put("dueDate", value.toString()));
            dueInBusinessDays.ifPresent(value -> edit.put("dueInBusinessDays", value));
            priority.ifPresent(value -> edit.put("priority", value));
            return edit;
        }
    }
}
