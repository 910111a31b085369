package mx.ventanilla.identity.model;

import java.util.Optional;

/** The organisation tree (port; stored in the {@code org_units} collection). */
public interface OrgUnits {

    Optional<OrgUnit> findById(String id);

    /** Unit codes are unique and stored in upper case. */
    Optional<OrgUnit> findByCode(String code);

    /** Inserts a new unit; {@link mx.ventanilla.platform.error.ConflictException} when the code is taken. */
    void insert(OrgUnit unit);
}
