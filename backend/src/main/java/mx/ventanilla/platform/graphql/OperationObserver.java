package mx.ventanilla.platform.graphql;

import java.time.Duration;

/**
 * Told about every GraphQL operation the engine ran or refused, with how it ended. Metrics are one listener.
 */
@FunctionalInterface
public interface OperationObserver {

    void operationCompleted(OperationOutcome outcome);

    /** Ignores every operation. */
    static OperationObserver none() {
        return outcome -> { };
    }

    /**
     * One finished operation.
     *
     * @param operationType {@code query}, {@code mutation}, {@code subscription}, or {@code unknown} when the document
     *                      did not parse or named no operation it holds
     * @param outcome       {@code success}, {@code partial} (data with errors), or the lower-case error code when no
     *                      data came back ({@code bad_user_input}, {@code unauthenticated}, {@code internal}...);
     *                      {@code mixed} when several codes did
     * @param duration      time spent in the engine
     */
    record OperationOutcome(String operationType, String outcome, Duration duration) {
    }
}
