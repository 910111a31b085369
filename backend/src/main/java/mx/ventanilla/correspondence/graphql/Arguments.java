package mx.ventanilla.correspondence.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.correspondence.application.Registration;
import mx.ventanilla.correspondence.application.TurnEdit;
import mx.ventanilla.correspondence.application.TurnRequest;
import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Sender;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.platform.graphql.Upload;
import mx.ventanilla.scans.model.IncomingFile;

/** Turns GraphQL input objects (maps of coerced values) into the use cases' commands. */
final class Arguments {

    private Arguments() {
    }

    static Registration registration(Map<String, Object> input) {
        return new Registration(
                Direction.valueOf(string(input, "direction")),
                string(input, "documentType"),
                (LocalDate) input.get("documentDate"),
                (Instant) input.get("receivedAt"),
                sender(map(input, "sender")),
                string(input, "addresseeUnitId"),
                string(input, "subject"),
                optionalString(input, "summary"),
                optionalString(input, "priority").map(Priority::valueOf).orElse(Priority.NORMAL),
                optionalString(input, "confidentiality").map(Confidentiality::valueOf).orElse(Confidentiality.PUBLIC),
                string(input, "archivalSeries"),
                strings(input, "references"),
                strings(input, "grantedUserIds"),
                maps(input, "proposedTurns").stream().map(Arguments::turnRequest).toList(),
                optionalString(input, "idempotencyKey"));
    }

    static TurnRequest turnRequest(Map<String, Object> input) {
        return new TurnRequest(string(input, "recipientUnitId"), optionalString(input, "recipientUserId"),
                TurnInstruction.valueOf(string(input, "instruction")), optionalString(input, "instructions"),
                Optional.ofNullable((LocalDate) input.get("dueDate")),
                Optional.ofNullable((Integer) input.get("dueInBusinessDays")),
                optionalString(input, "priority").map(Priority::valueOf));
    }

    static TurnEdit turnEdit(Map<String, Object> input) {
        return new TurnEdit(string(input, "turnId"),
                optionalString(input, "instruction").map(TurnInstruction::valueOf),
                optionalString(input, "instructions"),
                Optional.ofNullable((LocalDate) input.get("dueDate")),
                Optional.ofNullable((Integer) input.get("dueInBusinessDays")),
                optionalString(input, "priority").map(Priority::valueOf));
    }

    static List<IncomingFile> files(Optional<List<Upload>> uploads) {
        return uploads.orElse(List.of()).stream()
                .map(upload -> new IncomingFile(upload.fileName(), upload.size(),
                        IncomingFile.Content.ofFile(upload.file())))
                .toList();
    }

    static Optional<Long> version(Map<String, Object> arguments) {
        return Optional.ofNullable((Integer) arguments.get("expectedVersion")).map(Integer::longValue);
    }

    static Optional<String> optionalString(Map<String, Object> input, String name) {
        return Optional.ofNullable((String) input.get(name));
    }

    static List<Map<String, Object>> maps(Map<String, Object> input, String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) input.get(name);
        return values == null ? List.of() : values;
    }

    private static Sender sender(Map<String, Object> input) {
        return new Sender(Sender.Kind.valueOf(string(input, "kind")), string(input, "name"),
                optionalString(input, "organisation").filter(value -> !value.isBlank()),
                optionalString(input, "level").map(Sender.GovernmentLevel::valueOf),
                optionalString(input, "position").filter(value -> !value.isBlank()));
    }

    private static String string(Map<String, Object> input, String name) {
        return (String) input.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> input, String name) {
        return (Map<String, Object>) input.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> input, String name) {
        List<String> values = (List<String>) input.get(name);
        return values == null ? List.of() : values;
    }
}
