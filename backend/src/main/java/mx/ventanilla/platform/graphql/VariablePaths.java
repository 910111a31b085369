package mx.ventanilla.platform.graphql;

import java.util.List;
import java.util.Map;

import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;

/**
 * Object paths of the multipart specification, such as {@code variables.input.pages.0}: dot-separated keys and list
 * indexes from the operation's root. Only paths into {@code variables} can hold files.
 */
final class VariablePaths {

    private VariablePaths() {
    }

    /** Refuses a path that does not exist in the variables or whose place holds anything but {@code null}. */
    static void requireEmptySlot(Map<String, Object> variables, String path) {
        Slot slot = slot(variables, path);
        if (slot.value() != null) {
            throw new MalformedRequestException("The path '" + path + "' in 'map' holds a value; put null where a "
                    + "file goes.");
        }
    }

    static void place(Map<String, Object> variables, String path, Upload upload) {
        slot(variables, path).set(upload);
    }

    private static Slot slot(Map<String, Object> variables, String path) {
        String[] segments = path.split("\\.", -1);
        if (segments.length < 2 || !segments[0].equals("variables")) {
            throw new MalformedRequestException("The path '" + path + "' in 'map' must start with 'variables.', "
                    + "e.g. variables.file.");
        }
        Object container = variables;
        for (int i = 1; i < segments.length - 1; i++) {
            container = new Slot(container, segments[i], path).value();
        }
        return new Slot(container, segments[segments.length - 1], path);
    }

    /** One place in the variables: a key of an object or an index of a list, which must exist. */
    private record Slot(Object container, String segment, String path) {

        Slot {
            boolean exists = switch (container) {
                case Map<?, ?> map -> map.containsKey(segment);
                case List<?> list -> index(segment, list.size()) >= 0;
                case null, default -> false;
            };
            if (!exists) {
                throw new MalformedRequestException("The path '" + path + "' in 'map' does not exist in the "
                        + "variables; send null at each place a file goes.");
            }
        }

        Object value() {
            return container instanceof Map<?, ?> map ? map.get(segment) : ((List<?>) container)
                    .get(index(segment, Integer.MAX_VALUE));
        }

        @SuppressWarnings("unchecked")
        void set(Upload upload) {
            if (container instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put(segment, upload);
            } else {
                ((List<Object>) container).set(index(segment, Integer.MAX_VALUE), upload);
            }
        }

        private static int index(String segment, int size) {
            if (!segment.matches("\\d{1,9}")) {
                return -1;
            }
            int index = Integer.parseInt(segment);
            return index < size ? index : -1;
        }
    }
}
