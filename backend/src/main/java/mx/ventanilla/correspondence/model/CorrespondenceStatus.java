package mx.ventanilla.correspondence.model;

/** Where an item is in its life: registered, being attended through turns, concluded, archived (read-only). */
public enum CorrespondenceStatus {
    REGISTERED,
    IN_PROCESS,
    CONCLUDED,
    ARCHIVED
}
