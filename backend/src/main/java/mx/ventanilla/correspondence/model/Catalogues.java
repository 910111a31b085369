package mx.ventanilla.correspondence.model;

import java.util.List;
import java.util.Optional;

/** The document-type catalogue and the archival classification chart (port). */
public interface Catalogues {

    List<DocumentType> documentTypes();

    Optional<DocumentType> documentType(String code);

    /** {@link mx.ventanilla.platform.error.ConflictException} when the code exists. */
    void addDocumentType(DocumentType type);

    List<ArchivalSeries> archivalSeries();

    Optional<ArchivalSeries> archivalSeries(String code);

    /** {@link mx.ventanilla.platform.error.ConflictException} when the code exists. */
    void addArchivalSeries(ArchivalSeries series);
}
