package mx.ventanilla.correspondence.model;

/** How the issuer of a turn judged the response it accepted. */
public enum Rating {
    SATISFIED,
    REGULAR,
    UNSATISFIED
}
