package mx.ventanilla.identity.model;

import java.util.List;
import java.util.Optional;

/**
 * A node of the organisation tree ("unidad administrativa").
 *
 * @param id          stable identifier
 * @param code        short unique code, also the folio prefix of the unit's correspondence (e.g. {@code DG})
 * @param name        full name, e.g. "Dirección General"
 * @param kind        direction, subdirection, department or regional delegation
 * @param parentId    the unit above, absent for the root
 * @param ancestorIds every unit above, root first; a user of any of them sees this unit
 * @param active      inactive units keep their history but receive nothing new
 */
public record OrgUnit(String id, String code, String name, UnitKind kind, Optional<String> parentId,
                      List<String> ancestorIds, boolean active) {

    public OrgUnit {
        ancestorIds = List.copyOf(ancestorIds);
    }

    /** This unit's ancestors followed by itself: the units whose members may see its data. */
    public List<String> path() {
        return java.util.stream.Stream.concat(ancestorIds.stream(), java.util.stream.Stream.of(id)).toList();
    }
}
