package mx.ventanilla.identity.model;

import java.util.List;
import java.util.Optional;

import mx.ventanilla.platform.error.ForbiddenException;

/**
 * The base authorisation rule of Ventanilla: a caller sees what belongs to its unit and the units below it; ADMIN and
 * AUDITOR see everything, and an AUDITOR never changes anything. Every feature filters by a unit path (the unit's
 * ancestors followed by the unit) the same way, so "may this caller see it" is one membership test.
 *
 * <p>Objects a caller may not see are reported as not found, never as forbidden, so that their existence does not
 * leak; {@link ForbiddenException} is for operations the caller may never perform.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Whether the caller may see something that belongs to the unit with this path (ancestors first, unit last). */
    public static boolean canSee(Principal caller, List<String> unitPath) {
        return caller.seesAllUnits() || unitPath.contains(caller.unitId());
    }

    /** Whether the caller may see the unit itself. */
    public static boolean canSee(Principal caller, OrgUnit unit) {
        return canSee(caller, unit.path());
    }

    /**
     * The unit whose subtree bounds what the caller sees: empty for callers who see every unit. Storage filters by
     * "unit path contains this id".
     */
    public static Optional<String> visibleSubtreeRoot(Principal caller) {
        return caller.seesAllUnits() ? Optional.empty() : Optional.of(caller.unitId());
    }

    /** Refuses read-only callers (AUDITOR) for any change. */
    public static void requireWriter(Principal caller) {
        if (caller.isReadOnly()) {
            throw new ForbiddenException("Auditors have read-only access; this operation changes data.");
        }
    }

    /** Refuses everyone but ADMIN; read-only callers get the read-only explanation. */
    public static void requireAdmin(Principal caller) {
        requireWriter(caller);
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException(
                    "Only an administrator (role ADMIN) may change the organisation and its users.");
        }
    }
}
