package mx.ventanilla.notifications.application;

import java.util.List;
import java.util.Optional;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.notifications.model.Deliveries;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.platform.error.ForbiddenException;

/** ADMIN reads the delivery log, newest first. */
public final class BrowsingDeliveries {

    private final Deliveries deliveries;

    public BrowsingDeliveries(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    public List<Delivery> newestFirst(Principal caller, Optional<DeliveryStatus> status, Optional<String> beforeKey,
                                      int limit) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator (role ADMIN) may read the push delivery log.");
        }
        return deliveries.newestFirst(status, beforeKey, limit);
    }
}
