package mx.ventanilla.identity.model;

/** What a staff user may do; a user holds one or more roles. */
public enum Role {
    /** Manages the organisation, users and catalogues; sees everything. */
    ADMIN,
    /** Head of a unit ("titular"): turns correspondence and approves turns and responses. */
    MANAGER,
    /** Registry desk or field officer: registers and digitises correspondence. */
    OFFICER,
    /** Service-desk technician. */
    TECHNICIAN,
    /** Contact-centre agent. */
    AGENT,
    /** Reads everything, changes nothing, verifies the audit trail. */
    AUDITOR
}
