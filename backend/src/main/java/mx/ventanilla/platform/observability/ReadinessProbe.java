package mx.ventanilla.platform.observability;

/**
 * A dependency the server needs in order to serve requests, and how to check it: the check returns when the dependency
 * answers and throws when it does not, e.g. {@code new ReadinessProbe("mongodb", mongo::ping)}.
 *
 * @param name  the check's name in {@code /health}, e.g. {@code mongodb} or {@code objectStorage}
 * @param check throws when the dependency is unusable
 */
public record ReadinessProbe(String name, Runnable check) {
}
