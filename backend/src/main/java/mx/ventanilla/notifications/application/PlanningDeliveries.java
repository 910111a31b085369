package mx.ventanilla.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.Deliveries;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.PushAudience;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushDevices;
import mx.ventanilla.notifications.model.PushMessage;

/**
 * Turns "this turn's holders should hear this" into one planned delivery per device. The holders are the person the
 * turn names, else the recipient unit's active managers; for a RESERVED item only those among its grants. Silenced
 * users (inactive, or signed out everywhere since registering the device) get nothing. A key already in the log is
 * not planned again, so planning the same thing twice is harmless.
 */
public final class PlanningDeliveries {

    private final PushDevices devices;
    private final Deliveries deliveries;
    private final PushAudience audience;
    private final Clock clock;

    public PlanningDeliveries(PushDevices devices, Deliveries deliveries, PushAudience audience, Clock clock) {
        this.devices = devices;
        this.deliveries = deliveries;
        this.audience = audience;
        this.clock = clock;
    }

    /**
     * Plans the message for every device of the turn's holders; {@code keyPrefix} makes the keys (it names the
     * event or the day). Returns how many deliveries were newly planned.
     */
    public int plan(AssignedTurn turn, String keyPrefix, Delivery.Reason reason, PushMessage message) {
        Instant now = clock.instant();
        int planned = 0;
        for (String userId : holdersOf(turn)) {
            for (PushDevice device : devices.ofUser(userId)) {
                planned += planOne(keyPrefix, reason, message, device, now) ? 1 : 0;
            }
        }
        return planned;
    }

    /** The named person, else the recipient unit's managers; narrowed to the grants of a RESERVED item. */
    public Set<String> holdersOf(AssignedTurn turn) {
        List<String> holders = turn.recipientUserId().map(List::of)
                .orElseGet(() -> audience.managersOf(turn.recipientUnitId()));
        Set<String> result = new LinkedHashSet<>(holders);
        if (!turn.grants().isEmpty()) {
            result.retainAll(turn.grants());
        }
        return result;
    }

    private boolean planOne(String keyPrefix, Delivery.Reason reason, PushMessage message, PushDevice device,
                            Instant now) {
        if (audience.isSilenced(device.userId(), device.registeredAt())) {
            return false;
        }
        String key = keyPrefix + ":" + device.userId() + ":" + device.deviceId();
        return deliveries.plan(Delivery.planned(key, reason, device, message, now));
    }
}
