package mx.ventanilla.platform.graphql;

import java.util.Map;
import java.util.Optional;

/**
 * Told about every executed top-level mutation field, whether it succeeded or failed. The audit trail is one.
 */
@FunctionalInterface
public interface MutationObserver {

    void mutationCompleted(MutationOutcome outcome);

    /**
     * One executed mutation field.
     *
     * @param mutation   the field name, e.g. {@code createUser}
     * @param arguments  its arguments, as the client sent them
     * @param result     what it returned, when it succeeded
     * @param errorCode  the error code, when it failed
     * @param context    the request it belonged to
     */
    record MutationOutcome(String mutation, Map<String, Object> arguments, Optional<Object> result,
                           Optional<String> errorCode, RequestContext context) {

        public boolean succeeded() {
            return errorCode.isEmpty();
        }
    }
}
