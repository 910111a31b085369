package mx.ventanilla.correspondence.application;

import java.util.List;

import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;

/**
 * The units a document may be addressed to and a turn sent or proposed to: every active unit of the tree. The registry
 * desk addresses documents to units outside its own subtree, so this list is not bounded by the caller's visibility;
 * it names units (code and name) and nothing they hold.
 */
public final class ListingAddressees {

    private final OrgUnits units;

    public ListingAddressees(OrgUnits units) {
        this.units = units;
    }

    /** The active units, ordered by code, for any signed-in caller. */
    public List<OrgUnit> addressees(Principal caller) {
        return units.all().stream().filter(OrgUnit::active).toList();
    }
}
