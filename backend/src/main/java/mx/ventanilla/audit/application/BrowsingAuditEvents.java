package mx.ventanilla.audit.application;

import java.util.List;
import java.util.Optional;

import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditEventQuery;
import mx.ventanilla.audit.model.AuditTrail;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;

/** Lists audit events, newest first, for auditors and administrators. */
public final class BrowsingAuditEvents {

    /** Longest value accepted in a text filter; ids and action names are far shorter. */
    static final int MAX_FILTER_LENGTH = 200;
    static final int MAX_LIMIT = 101;

    private final AuditTrail trail;

    public BrowsingAuditEvents(AuditTrail trail) {
        this.trail = trail;
    }

    public List<AuditEvent> newestFirst(Principal caller, AuditEventQuery query) {
        AuditorsOnly.require(caller);
        validate(query);
        return trail.newestFirst(query);
    }

    private static void validate(AuditEventQuery query) {
        requireUsable("filter.action", query.action());
        requireUsable("filter.actorId", query.actorId());
        requireUsable("filter.targetId", query.targetId());
        if (query.from().isPresent() && query.to().isPresent() && !query.from().get().isBefore(query.to().get())) {
            throw new InvalidInputException("filter.to", "filter.to must be later than filter.from; the range "
                    + "includes 'from' and excludes 'to'.");
        }
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + query.limit());
        }
    }

    private static void requireUsable(String field, Optional<String> value) {
        if (value.isPresent() && value.get().isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank; leave it out to match everything.");
        }
        if (value.isPresent() && value.get().length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_FILTER_LENGTH + " characters.");
        }
    }
}
