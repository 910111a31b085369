package mx.ventanilla.correspondence.model;

/** What the recipient of a turn is asked to do. */
public enum TurnInstruction {
    /** "Para atención": a response is required. */
    ATTENTION,
    /** "Para conocimiento": a copy; the turn concludes when it is read. */
    KNOWLEDGE,
    /** "Para firma". */
    SIGNATURE,
    /** "Para informe". */
    REPORT;

    /** Whether the recipient must send a response for the turn to conclude. */
    public boolean expectsResponse() {
        return this != KNOWLEDGE;
    }
}
