package mx.ventanilla.live.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import mx.ventanilla.live.model.OutboxMessage;

/**
 * The live subscriptions of this backend instance. The outbox feed hands it every message once; it passes each on to
 * the subscriptions that want it and whose caller may see it.
 */
public final class Subscribers {

    private static final System.Logger LOG = System.getLogger(Subscribers.class.getName());

    private final Set<LiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();

    /** Adds the subscription; it receives messages dispatched from now on until the returned handle is cancelled. */
    public Registration register(LiveSubscription subscription) {
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    public void dispatch(OutboxMessage message) {
        for (LiveSubscription subscription : subscriptions) {
            deliver(subscription, message);
        }
    }

    public int count() {
        return subscriptions.size();
    }

    private static void deliver(LiveSubscription subscription, OutboxMessage message) {
        if (!subscription.wants(message)) {
            return;
        }
        try {
            subscription.sink().accept(message);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "A subscriber of " + subscription.caller().name()
                    + " failed to take outbox message " + message.sequence(), e);
        }
    }

    /** Ends one subscription. */
    @FunctionalInterface
    public interface Registration {
        void cancel();
    }
}
