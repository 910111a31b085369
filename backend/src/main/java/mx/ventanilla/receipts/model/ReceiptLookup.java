package mx.ventanilla.receipts.model;

import java.util.Optional;

import mx.ventanilla.identity.model.Principal;

/**
 * Finds what a caller's receipt for one registered document states (port, implemented by the correspondence feature).
 * Empty when there is no such document or the caller may not see it: the two are answered alike.
 */
@FunctionalInterface
public interface ReceiptLookup {

    Optional<ReceiptContent> receiptOf(Principal caller, String correspondenceId);
}
