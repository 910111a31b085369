package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Grants users access to a reserved item after its registration (a legal adviser consulted, a deputy standing in).
 * A manager above the item or an ADMIN grants; the people granted must be active users. Grants are never taken back
 * here: what someone has seen stays on the audit trail, and a wrong grant is a matter for the administrator.
 */
public final class GrantingAccess {

    private static final int MAX_USERS = 50;

    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Users users;
    private final Clock clock;

    public GrantingAccess(CorrespondenceLedger ledger, CorrespondenceAccess access, Users users, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    public Correspondence grant(Principal caller, String correspondenceId, List<String> userIds) {
        Correspondence item = access.changeableItem(caller, correspondenceId);
        access.requireManagerAbove(caller, item);
        if (!item.isReserved()) {
            throw new InvalidInputException("correspondenceId", "Item " + item.folio() + " is public: everyone in "
                    + "its units already sees it. Grants are for reserved items.");
        }
        Set<String> granted = activeUsers(userIds);
        granted.removeAll(item.grants());
        if (granted.isEmpty()) {
            return item;
        }
        Instant now = clock.instant();
        Correspondence changed = item.grantedTo(granted, now);
        CorrespondenceEvent event = new CorrespondenceEvent.AccessGranted(item.id(), now,
                new Actor(caller.subjectId(), caller.name()), granted.size());
        ledger.commit(new Changes(Optional.empty(), Optional.of(changed), List.of(), List.of(), List.of(event)));
        return changed;
    }

    private Set<String> activeUsers(List<String> userIds) {
        if (userIds.isEmpty() || userIds.size() > MAX_USERS) {
            throw new InvalidInputException("userIds", "Name between 1 and " + MAX_USERS + " users to grant.");
        }
        Set<String> found = new LinkedHashSet<>();
        for (String id : userIds) {
            User user = users.findById(id).filter(User::active).orElseThrow(() -> new InvalidInputException(
                    "userIds", "There is no active user " + id + "; grants go to active users only."));
            found.add(user.id());
        }
        return found;
    }
}
