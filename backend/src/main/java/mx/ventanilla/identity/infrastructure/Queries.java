package mx.ventanilla.identity.infrastructure;

import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

/** Small helpers for building MongoDB filters from optional criteria. */
final class Queries {

    private Queries() {
    }

    /** All the criteria together; an empty list matches everything. */
    static Bson allOf(List<Bson> criteria) {
        return criteria.isEmpty() ? Filters.empty() : Filters.and(criteria);
    }
}
