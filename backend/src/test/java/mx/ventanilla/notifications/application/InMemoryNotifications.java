package mx.ventanilla.notifications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.AssignedTurns;
import mx.ventanilla.notifications.model.Deliveries;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.notifications.model.PushAudience;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushDevices;

/** The notification ports in memory, for fast tests of the use cases. */
final class InMemoryNotifications implements PushDevices, Deliveries, PushAudience, AssignedTurns {

    final Map<String, PushDevice> devices = new LinkedHashMap<>();
    final Map<String, Delivery> log = new LinkedHashMap<>();
    final Map<String, List<String>> managers = new HashMap<>();
    final Set<String> silenced = new HashSet<>();
    final List<AssignedTurn> turns = new ArrayList<>();

    @Override
    public void save(PushDevice device) {
        devices.put(device.userId() + "/" + device.deviceId(), device);
    }

    @Override
    public boolean remove(String userId, String deviceId) {
        return devices.remove(userId + "/" + deviceId) != null;
    }

    @Override
    public List<PushDevice> ofUser(String userId) {
        return devices.values().stream().filter(device -> device.userId().equals(userId)).toList();
    }

    @Override
    public boolean plan(Delivery delivery) {
        return log.putIfAbsent(delivery.key(), delivery) == null;
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return log.values().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING)
                .filter(delivery -> !delivery.nextAttemptAt().isAfter(now))
                .limit(limit).toList();
    }

    @Override
    public void record(Delivery delivery) {
        log.put(delivery.key(), delivery);
    }

    @Override
    public List<Delivery> newestFirst(Optional<DeliveryStatus> status, Optional<String> beforeKey, int limit) {
        return log.values().stream().sorted(Comparator.comparing(Delivery::createdAt).reversed()).limit(limit)
                .toList();
    }

    @Override
    public List<String> managersOf(String unitId) {
        return managers.getOrDefault(unitId, List.of());
    }

    @Override
    public boolean isSilenced(String userId, Instant since) {
        return silenced.contains(userId);
    }

    @Override
    public Optional<AssignedTurn> find(String turnId) {
        return turns.stream().filter(turn -> turn.turnId().equals(turnId)).findFirst();
    }

    @Override
    public List<AssignedTurn> dueSoonOrOverdue(LocalDate today) {
        return turns.stream().filter(turn -> !turn.yellowFrom().isAfter(today)).toList();
    }
}
