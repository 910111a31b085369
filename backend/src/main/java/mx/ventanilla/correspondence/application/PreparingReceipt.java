package mx.ventanilla.correspondence.application;

import java.util.Optional;

import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.receipts.model.ReceiptContent;
import mx.ventanilla.receipts.model.ReceiptLookup;

/**
 * What the receipt ("acuse de recibo") of a registered document states, for a caller who may see the document. The
 * tracking reference is the folio: a sender quotes it, and the QR code carries it.
 */
public final class PreparingReceipt implements ReceiptLookup {

    private final CorrespondenceAccess access;
    private final OrgUnits units;
    private final String institutionName;

    public PreparingReceipt(CorrespondenceAccess access, OrgUnits units, String institutionName) {
        this.access = access;
        this.units = units;
        this.institutionName = institutionName;
    }

    @Override
    public Optional<ReceiptContent> receiptOf(Principal caller, String correspondenceId) {
        try {
            return Optional.of(contentOf(access.visibleItem(caller, correspondenceId)));
        } catch (NotFoundException invisibleOrMissing) {
            return Optional.empty();
        }
    }

    private ReceiptContent contentOf(Correspondence item) {
        String addressee = units.findById(item.addresseeUnitId()).map(OrgUnit::name).orElse(item.addresseeUnitId());
        return new ReceiptContent(institutionName, item.folio().toString(), item.receivedAt(), item.sender().name(),
                item.subject(), addressee, item.folio().toString(), Optional.empty());
    }
}
