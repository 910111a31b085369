package mx.ventanilla.identity.application;

import java.util.Optional;

import mx.ventanilla.identity.model.UnitKind;

/**
 * The command to add a unit to the tree.
 *
 * @param code     short unique code, any case (stored upper case)
 * @param name     full name
 * @param kind     level in the tree
 * @param parentId the unit above; absent for a new root
 */
public record NewOrgUnit(String code, String name, UnitKind kind, Optional<String> parentId) {
}
