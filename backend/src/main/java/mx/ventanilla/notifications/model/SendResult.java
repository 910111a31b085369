package mx.ventanilla.notifications.model;

/**
 * What a push service answered.
 *
 * @param outcome what to do next
 * @param detail  the service's words, for the delivery log; empty when sent
 */
public record SendResult(Outcome outcome, String detail) {

    /** The four ways a send ends. */
    public enum Outcome {
        /** Accepted by the push service. */
        SENT,
        /** A transient failure (unavailable, overloaded, quota): try again later. */
        RETRY,
        /** The device no longer exists at the service: forget it. */
        GONE,
        /** A permanent failure for this message: do not try again. */
        FAILED
    }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, "");
    }

    public static SendResult retry(String detail) {
        return new SendResult(Outcome.RETRY, detail);
    }

    public static SendResult gone(String detail) {
        return new SendResult(Outcome.GONE, detail);
    }

    public static SendResult failed(String detail) {
        return new SendResult(Outcome.FAILED, detail);
    }
}
