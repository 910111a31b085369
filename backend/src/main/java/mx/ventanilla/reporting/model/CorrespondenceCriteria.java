package mx.ventanilla.reporting.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A search resolved for storage.
 *
 * @param visibility     what the caller may see
 * @param text           the search text, already {@link SearchText#normalise normalised}
 * @param folio          exact folio
 * @param receivedFrom   first instant of the reception period
 * @param receivedBefore first instant after it
 * @param documentType   exact document type
 * @param after          keyset position to start after
 */
public record CorrespondenceCriteria(Visibility visibility, Optional<String> text, Optional<String> folio,
                                     Optional<Instant> receivedFrom, Optional<Instant> receivedBefore,
                                     Optional<String> documentType, Optional<CorrespondencePosition> after) {
}
