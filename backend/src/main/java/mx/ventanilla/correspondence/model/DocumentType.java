package mx.ventanilla.correspondence.model;

/**
 * An entry of the document-type catalogue (oficio, memorándum, circular...).
 *
 * @param code stable upper-case code, e.g. {@code OFICIO}
 * @param name as users read it
 */
public record DocumentType(String code, String name) {
}
