package mx.ventanilla.audit.model;

/**
 * Who made the change, as recorded: a copy, so that later renames do not rewrite history.
 *
 * @param subjectId the user's or service account's id, or {@code anonymous}
 * @param name      username or client id at the time, or {@code anonymous}
 * @param kind      user, service account or anonymous caller
 */
public record AuditActor(String subjectId, String name, Kind kind) {

    public static final String ANONYMOUS = "anonymous";

    /** The kinds of caller an event can name. */
    public enum Kind { USER, SERVICE_ACCOUNT, ANONYMOUS }

    public static AuditActor anonymous() {
        return new AuditActor(ANONYMOUS, ANONYMOUS, Kind.ANONYMOUS);
    }
}
