package mx.ventanilla.correspondence.model;

/** Whether a document came in, goes out, or travels between the institution's own units. */
public enum Direction {
    INCOMING,
    OUTGOING,
    INTERNAL
}
