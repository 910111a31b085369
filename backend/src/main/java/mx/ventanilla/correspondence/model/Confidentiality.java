package mx.ventanilla.correspondence.model;

/** PUBLIC items follow the unit visibility rule; RESERVED ones are seen only by users explicitly granted them. */
public enum Confidentiality {
    PUBLIC,
    RESERVED
}
