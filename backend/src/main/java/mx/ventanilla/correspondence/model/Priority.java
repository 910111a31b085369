package mx.ventanilla.correspondence.model;

/** How urgently a document or a turn must be attended. */
public enum Priority {
    NORMAL,
    URGENT
}
