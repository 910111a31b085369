package mx.ventanilla.live.application;

import java.util.Optional;
import java.util.function.Consumer;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.live.model.Audience;
import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.OutboxMessage;

/**
 * One subscriber's interest, and where the messages it wants go: events of one type that its caller may see,
 * optionally about one item only, handed to {@code sink} in outbox order.
 */
public record LiveSubscription(Interest interest, Consumer<OutboxMessage> sink) {

    public boolean wants(OutboxMessage message) {
        return interest.wants(message);
    }

    public Principal caller() {
        return interest.caller();
    }

    /**
     * What a subscriber asked for.
     *
     * @param caller           who subscribed; only messages it may see reach it
     * @param type             the kind of event
     * @param correspondenceId only events about this item, when given
     */
    public record Interest(Principal caller, EventType type, Optional<String> correspondenceId) {

        public boolean wants(OutboxMessage message) {
            return message.type() == type
                    && correspondenceId.map(message.correspondenceId()::equals).orElse(true)
                    && Audience.mayReceive(caller, message);
        }

        public LiveSubscription deliveringTo(Consumer<OutboxMessage> sink) {
            return new LiveSubscription(this, sink);
        }
    }
}
