package mx.ventanilla.identity.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UnitKind;

/**
 * Reads GraphQL input objects, as graphql-java hands them over after type coercion, into plain Java values. Values
 * are only ever taken as strings, booleans, numbers or enum names: nothing from a request becomes a query document.
 */
final class Inputs {

    private final Map<String, Object> values;

    private Inputs(Map<String, Object> values) {
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    static Inputs of(Object input) {
        return new Inputs(input instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }

    /** Whether the field was given at all, possibly as an explicit null. */
    boolean has(String field) {
        return values.containsKey(field);
    }

    Optional<String> string(String field) {
        return Optional.ofNullable(values.get(field)).map(Object::toString);
    }

    String requiredString(String field) {
        return string(field).orElseThrow();
    }

    Optional<Boolean> bool(String field) {
        return Optional.ofNullable((Boolean) values.get(field));
    }

    Optional<Integer> integer(String field) {
        return Optional.ofNullable((Integer) values.get(field));
    }

    Optional<UnitKind> kind(String field) {
        return string(field).map(UnitKind::valueOf);
    }

    Optional<Role> role(String field) {
        return string(field).map(Role::valueOf);
    }

    Optional<Set<Role>> roles(String field) {
        return Optional.ofNullable((List<?>) values.get(field))
                .map(list -> list.stream().map(Object::toString).map(Role::valueOf).collect(Collectors.toSet()));
    }

    /** Runs the action with the field's string value, when given. */
    void ifString(String field, Consumer<String> action) {
        string(field).ifPresent(action);
    }
}
