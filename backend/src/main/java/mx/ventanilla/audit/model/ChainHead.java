package mx.ventanilla.audit.model;

/**
 * The last link of the chain: the next event gets {@code sequence + 1} and carries {@code hash} as its previous hash.
 * Auditors who note it down can later tell whether events were cut off the end.
 */
public record ChainHead(long sequence, String hash) {

    /** Before the first event. */
    public static ChainHead genesis() {
        return new ChainHead(0, AuditHash.GENESIS);
    }
}
