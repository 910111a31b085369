package mx.ventanilla.identity.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Collects every problem with a command's input before anything is written, so one answer names all of them. The
 * error's extensions carry the first offending {@code field} and the full list as {@code problems}.
 */
final class Problems {

    private final List<Map<String, Object>> found = new ArrayList<>();

    void check(String field, Optional<String> problem) {
        problem.ifPresent(message -> add(field, message));
    }

    void add(String field, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("field", field);
        problem.put("message", message);
        found.add(problem);
    }

    void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        String message = String.join(" ", found.stream().map(problem -> (String) problem.get("message")).toList());
        throw new InvalidInputException(message, Map.of("field", found.getFirst().get("field"), "problems", found));
    }
}
