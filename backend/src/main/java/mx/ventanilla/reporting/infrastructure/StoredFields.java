package mx.ventanilla.reporting.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reading stored values and the confidentiality filter every reporting query shares. */
final class StoredFields {

    static final String RESERVED = "RESERVED";

    private StoredFields() {
    }

    /** A RESERVED item, and every turn of it, exists only for the users in its grants. */
    static Bson notReservedUnlessGranted(String viewerId) {
        return Filters.or(Filters.ne("confidentiality", RESERVED), Filters.eq("grants", viewerId));
    }

    static Optional<Instant> instant(Document document, String field) {
        return Optional.ofNullable(document.get(field, Date.class)).map(Date::toInstant);
    }

    static LocalDate date(Document document, String field) {
        return LocalDate.parse(document.getString(field));
    }

    static String text(Document document, String field) {
        return Optional.ofNullable(document.getString(field)).orElse("");
    }
}
