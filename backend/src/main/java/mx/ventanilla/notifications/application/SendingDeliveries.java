package mx.ventanilla.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.notifications.model.Deliveries;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryPolicy;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushDevices;
import mx.ventanilla.notifications.model.PushSender;
import mx.ventanilla.notifications.model.SendResult;

/**
 * Sends the pending deliveries that are due: each one is leased for this instance, sent over its channel and its
 * outcome recorded: SENT; a transient failure waits {@link DeliveryPolicy#delayAfter} and is tried again until
 * {@link DeliveryPolicy#maxAttempts}, then FAILED; a device the service no longer knows is removed and the delivery
 * DROPPED.
 */
public final class SendingDeliveries {

    private static final System.Logger LOG = System.getLogger(SendingDeliveries.class.getName());

    private final Deliveries deliveries;
    private final PushDevices devices;
    private final Map<PushChannel, PushSender> senders;
    private final DeliveryPolicy policy;
    private final Duration lease;
    private final Clock clock;

    public SendingDeliveries(Deliveries deliveries, PushDevices devices, Map<PushChannel, PushSender> senders,
                             DeliveryPolicy policy, Duration lease, Clock clock) {
        this.deliveries = deliveries;
        this.devices = devices;
        this.senders = Map.copyOf(senders);
        this.policy = policy;
        this.lease = lease;
        this.clock = clock;
    }

    /** Sends up to {@code limit} due deliveries; returns how many were attempted. */
    public int sendDue(int limit) {
        Instant now = clock.instant();
        List<Delivery> due = deliveries.claimDue(now, now.plus(lease), limit);
        due.forEach(this::attempt);
        return due.size();
    }

    private void attempt(Delivery delivery) {
        PushSender sender = senders.get(delivery.target().channel());
        SendResult result = sender == null
                ? SendResult.failed("channel " + delivery.target().channel() + " is not configured")
                : sendSafely(sender, delivery);
        deliveries.record(next(delivery, result));
    }

    private static SendResult sendSafely(PushSender sender, Delivery delivery) {
        try {
            return sender.send(delivery.target(), delivery.message());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Sending delivery " + delivery.key() + " failed", e);
            return SendResult.retry(e.toString());
        }
    }

    private Delivery next(Delivery delivery, SendResult result) {
        Instant now = clock.instant();
        Optional<String> error = result.detail().isEmpty() ? Optional.empty() : Optional.of(result.detail());
        return switch (result.outcome()) {
            case SENT -> delivery.after(DeliveryStatus.SENT, Optional.empty(), now, now);
            case FAILED -> delivery.after(DeliveryStatus.FAILED, error, now, now);
            case GONE -> dropped(delivery, error, now);
            case RETRY -> retried(delivery, error, now);
        };
    }

    private Delivery dropped(Delivery delivery, Optional<String> error, Instant now) {
        devices.remove(delivery.userId(), delivery.deviceId());
        return delivery.after(DeliveryStatus.DROPPED, error, now, now);
    }

    private Delivery retried(Delivery delivery, Optional<String> error, Instant now) {
        int attempts = delivery.attempts() + 1;
        if (policy.givesUpAfter(attempts)) {
            return delivery.after(DeliveryStatus.FAILED, error, now, now);
        }
        return delivery.after(DeliveryStatus.PENDING, error, now.plus(policy.delayAfter(attempts)), now);
    }
}
