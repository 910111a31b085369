package mx.ventanilla.identity.model;

/** The levels of the organisation tree. */
public enum UnitKind {
    DIRECTION,
    SUBDIRECTION,
    DEPARTMENT,
    REGIONAL_DELEGATION
}
