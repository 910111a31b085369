package mx.ventanilla.audit.graphql;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import mx.ventanilla.audit.model.AuditActor;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.MutationObserver.MutationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Reads the audit facts out of an executed mutation: the caller, the target (an {@code id} or {@code input.id}
 * argument, else the {@code id} of the result or of the one object in it that has one), the outcome, and the paths of
 * the arguments without their values.
 */
final class MutationFacts {

    static final int MAX_ARGUMENT_PATHS = 64;
    private static final int MAX_DEPTH = 5;

    private MutationFacts() {
    }

    static AuditFacts of(MutationOutcome outcome) {
        return new AuditFacts(
                actorOf(outcome.context().principal()),
                outcome.mutation(),
                targetOf(outcome.arguments(), outcome.result()),
                outcomeOf(outcome),
                outcome.context().requestId(),
                outcome.context().clientAddress(),
                argumentPaths(outcome.arguments()));
    }

    static AuditActor actorOf(Optional<Principal> principal) {
        return principal.map(caller -> new AuditActor(caller.subjectId(), caller.name(),
                        caller.kind() == Principal.Kind.USER ? AuditActor.Kind.USER : AuditActor.Kind.SERVICE_ACCOUNT))
                .orElseGet(AuditActor::anonymous);
    }

    static Optional<String> targetOf(Map<String, Object> arguments, Optional<Object> result) {
        return scalar(arguments.get("id"))
                .or(() -> property(arguments.get("input"), "id").flatMap(MutationFacts::scalar))
                .or(() -> result.flatMap(MutationFacts::idOfResult));
    }

    /** Paths of every argument value sent, e.g. {@code id}, {@code input.name}, {@code input.lines[].amount}. */
    static List<String> argumentPaths(Map<String, Object> arguments) {
        return arguments.entrySet().stream()
                .flatMap(entry -> pathsOf(entry.getKey(), entry.getValue(), 0))
                .distinct()
                .sorted()
                .limit(MAX_ARGUMENT_PATHS)
                .toList();
    }

    private static String outcomeOf(MutationOutcome outcome) {
        if (outcome.errorCode().isPresent()) {
            return outcome.errorCode().get();
        }
        return outcome.result()
                .filter(DataFetcherResult.class::isInstance)
                .map(DataFetcherResult.class::cast)
                .flatMap(MutationFacts::firstErrorCode)
                .orElse(AuditFacts.SUCCESS);
    }

    private static Optional<String> firstErrorCode(DataFetcherResult<?> result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> extensions = errors.getFirst().getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        return Optional.of(code instanceof String text ? text : "INTERNAL");
    }

    private static Stream<String> pathsOf(String path, @Nullable Object value, int depth) {
        if (depth >= MAX_DEPTH) {
            return Stream.of(path);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            return map.entrySet().stream().flatMap(entry -> pathsOf(path + "." + entry.getKey(), entry.getValue(),
                    depth + 1));
        }
        if (value instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
            return list.stream().flatMap(item -> pathsOf(path + "[]", item, depth + 1));
        }
        return Stream.of(path);
    }

    private static Optional<String> idOfResult(Object result) {
        Object data = result instanceof DataFetcherResult<?> wrapped ? wrapped.getData() : result;
        return ownId(data).or(() -> onlyNestedId(data));
    }

    private static Optional<String> ownId(@Nullable Object value) {
        return property(value, "id").flatMap(MutationFacts::scalar);
    }

    /** For payloads such as {@code CreateUserPayload(User user)}: the id of the one nested object that has one. */
    private static Optional<String> onlyNestedId(Object value) {
        List<String> ids = properties(value).map(MutationFacts::ownId).flatMap(Optional::stream).toList();
        return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
    }

    private static Optional<Object> property(@Nullable Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return Optional.ofNullable(map.get(name));
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents())
                    .filter(component -> component.getName().equals(name))
                    .findFirst()
                    .flatMap(component -> read(record, component));
        }
        return Optional.empty();
    }

    private static Stream<Object> properties(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().map(Object.class::cast);
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents())
                    .map(component -> read(record, component))
                    .flatMap(Optional::stream);
        }
        return Stream.empty();
    }

    /** An id value as text: strings, numbers, UUIDs, and single-value types such as {@code OrgUnitId(String)}. */
    private static Optional<String> scalar(@Nullable Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof Number || value instanceof UUID) {
            return Optional.of(value.toString());
        }
        if (value instanceof Optional<?> optional) {
            return optional.flatMap(MutationFacts::scalar);
        }
        if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
            return read(record, record.getClass().getRecordComponents()[0]).flatMap(MutationFacts::scalar);
        }
        return Optional.empty();
    }

    private static Optional<Object> read(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return Optional.ofNullable(accessor.invoke(record));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
