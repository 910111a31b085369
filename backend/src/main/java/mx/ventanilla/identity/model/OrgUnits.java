package mx.ventanilla.identity.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The organisation tree (port; stored in the {@code org_units} collection). */
public interface OrgUnits {

    Optional<OrgUnit> findById(String id);

    /** Unit codes are unique and stored in upper case. */
    Optional<OrgUnit> findByCode(String code);

    /** Inserts a new unit; {@link mx.ventanilla.platform.error.ConflictException} when the code is taken. */
    void insert(OrgUnit unit);

    /** The units with these ids that exist, in no particular order. */
    List<OrgUnit> findAllById(Collection<String> ids);

    /** The units with these codes (upper case) that exist, in no particular order. */
    List<OrgUnit> findAllByCode(Collection<String> codes);

    /** The direct children of these units, ordered by code. */
    List<OrgUnit> childrenOf(Collection<String> parentIds);

    /** Every unit below this one (not the unit itself), at any depth. */
    List<OrgUnit> descendantsOf(String id);

    /** The whole tree, ordered by code. */
    List<OrgUnit> all();

    /** This unit and every unit below it, ordered by code. */
    List<OrgUnit> subtreeOf(String id);

    /** Up to {@code query.limit()} units matching the query, ordered by code. */
    List<OrgUnit> page(OrgUnitQuery query);

    /** How many active units sit directly below this one. */
    long countActiveChildren(String id);

    /** Stores the unit's name, kind, activity and place in the tree; the code never changes. */
    void update(OrgUnit unit);

    /** Stores the parent and ancestors of each unit, in the given order. */
    void updateAncestry(List<OrgUnit> units);

    /**
     * Inserts units in the given order (parents first); {@link mx.ventanilla.platform.error.ConflictException} when a
     * code is taken, in which case the units inserted before the clash remain and the caller removes them.
     */
    void insertAll(List<OrgUnit> units);

    /** Removes units; used only to undo an import that failed halfway. */
    void deleteAll(Collection<String> ids);
}
