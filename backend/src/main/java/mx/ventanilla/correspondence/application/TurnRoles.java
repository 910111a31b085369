package mx.ventanilla.correspondence.application;

import java.util.Optional;

import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;

/** The two sides of a turn: its recipient, who reads and answers it, and its issuer, who evaluates and cancels it. */
final class TurnRoles {

    private TurnRoles() {
    }

    /** The named person, or the recipient unit's members when nobody is named; the unit's manager in either case. */
    static void requireRecipient(Principal caller, Turn turn) {
        boolean unitManager = caller.hasRole(Role.MANAGER) && caller.unitId().equals(turn.recipientUnitId());
        boolean recipient = turn.recipientUserId()
                .map(caller.subjectId()::equals)
                .orElse(caller.unitId().equals(turn.recipientUnitId()));
        if (!recipient && !unitManager) {
            throw new ForbiddenException("Only the recipient of turn " + turn.id() + " may do this.");
        }
    }

    /** The person who issued it, a manager of the issuing unit, or an administrator. */
    static void requireIssuer(Principal caller, Turn turn) {
        if (!isIssuer(caller, turn)) {
            throw new ForbiddenException("Only the issuer of turn " + turn.id() + " (or a manager of the issuing "
                    + "unit) may do this.");
        }
    }

    static boolean isIssuer(Principal caller, Turn turn) {
        return caller.subjectId().equals(turn.issuer().userId())
                || caller.hasRole(Role.MANAGER) && caller.unitId().equals(turn.issuerUnitId())
                || caller.hasRole(Role.ADMIN);
    }

    /** The client's view of the turn is stale when it read another version than the one stored. */
    static void requireVersion(Turn turn, Optional<Long> expectedVersion) {
        if (expectedVersion.isPresent() && expectedVersion.get() != turn.version()) {
            throw new ConflictException("Turn " + turn.id() + " changed since you read it (version "
                    + expectedVersion.get() + ", now " + turn.version() + "); reload it and try again.");
        }
    }
}
