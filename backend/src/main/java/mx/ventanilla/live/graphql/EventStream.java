package mx.ventanilla.live.graphql;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import mx.ventanilla.live.application.LiveSubscription;
import mx.ventanilla.live.application.Subscribers;
import mx.ventanilla.live.model.OutboxMessage;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The stream behind one subscription field: registers with {@link Subscribers} when subscribed to, keeps up to
 * {@value #MAX_BUFFERED} messages the subscriber has not asked for yet, and fails the stream rather than grow without
 * bound when the client does not keep up.
 */
final class EventStream implements Publisher<OutboxMessage> {

    static final int MAX_BUFFERED = 1_000;

    private final Subscribers subscribers;
    private final LiveSubscription.Interest interest;

    EventStream(Subscribers subscribers, LiveSubscription.Interest interest) {
        this.subscribers = subscribers;
        this.interest = interest;
    }

    @Override
    public void subscribe(Subscriber<? super OutboxMessage> subscriber) {
        Flow flow = new Flow(subscriber);
        subscriber.onSubscribe(flow);
        flow.registration = subscribers.register(interest.deliveringTo(flow::offer));
    }

    /** One subscriber's demand and buffer. */
    private static final class Flow implements Subscription {

        private final Subscriber<? super OutboxMessage> subscriber;
        private final Queue<OutboxMessage> buffered = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private volatile Subscribers.Registration registration = () -> { };
        private long demand;
        private boolean done;

        Flow(Subscriber<? super OutboxMessage> subscriber) {
            this.subscriber = subscriber;
        }

        void offer(OutboxMessage message) {
            if (size.incrementAndGet() > MAX_BUFFERED) {
                fail(new IllegalStateException("The client did not keep up with " + MAX_BUFFERED + " waiting events"));
                return;
            }
            buffered.add(message);
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                fail(new IllegalArgumentException("Reactive Streams rule 3.9: request a positive number"));
                return;
            }
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            drain();
        }

        @Override
        public void cancel() {
            synchronized (this) {
                done = true;
            }
            registration.cancel();
        }

        private synchronized void drain() {
            while (!done && demand > 0 && !buffered.isEmpty()) {
                demand--;
                size.decrementAndGet();
                subscriber.onNext(buffered.poll());
            }
        }

        private void fail(Throwable failure) {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
            }
            registration.cancel();
            subscriber.onError(failure);
        }
    }
}
