package mx.ventanilla.live.graphql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Supplier;

import mx.ventanilla.live.application.LiveSubscription;
import mx.ventanilla.live.application.Subscribers;
import mx.ventanilla.live.model.OutboxMessage;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The stream behind one subscription field. It registers with {@link Subscribers} as soon as it is opened, so nothing
 * dispatched while a missed-events replay is read gets lost; replayed messages come first and live ones already among
 * them are dropped. It keeps up to {@value #MAX_BUFFERED} messages the subscriber has not asked for yet, and fails the
 * stream rather than grow without bound when the client does not keep up. One subscriber only.
 */
final class EventStream implements Publisher<OutboxMessage>, Subscription {

    static final int MAX_BUFFERED = 1_000;

    private final Queue<OutboxMessage> buffered = new ArrayDeque<>();
    private final Set<Long> replayed = new HashSet<>();
    private final List<OutboxMessage> arrivedDuringReplay = new ArrayList<>();
    private final long floor;
    private Subscribers.Registration registration = () -> { };
    private Optional<Subscriber<? super OutboxMessage>> subscriber = Optional.empty();
    private Optional<Throwable> failure = Optional.empty();
    private boolean replaying = true;
    private long demand;
    private boolean done;

    private EventStream(long floor) {
        this.floor = floor;
    }

    /** Opens a live stream of the messages of interest. */
    static EventStream open(Subscribers subscribers, LiveSubscription.Interest interest) {
        return open(subscribers, interest, 0, List::of);
    }

    /**
     * Opens a stream of the messages of interest above {@code since}, starting with those {@code replay} reads; live
     * messages at or below {@code since} (which the instance's reader may not have reached yet) are left out.
     */
    static EventStream open(Subscribers subscribers, LiveSubscription.Interest interest, long since,
                            Supplier<List<OutboxMessage>> replay) {
        EventStream stream = new EventStream(since);
        stream.registration = subscribers.register(interest.deliveringTo(stream::offer));
        try {
            stream.replayed(replay.get());
        } catch (RuntimeException e) {
            stream.registration.cancel();
            throw e;
        }
        return stream;
    }

    @Override
    public void subscribe(Subscriber<? super OutboxMessage> newSubscriber) {
        synchronized (this) {
            if (subscriber.isPresent()) {
                throw new IllegalStateException("An event stream serves one subscriber");
            }
            subscriber = Optional.of(newSubscriber);
        }
        newSubscriber.onSubscribe(this);
        failed().ifPresent(this::signalFailure);
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

    private synchronized void replayed(List<OutboxMessage> messages) {
        messages.forEach(message -> replayed.add(message.sequence()));
        buffered.addAll(messages);
        arrivedDuringReplay.stream()
                .filter(message -> message.sequence() > floor && !replayed.contains(message.sequence()))
                .forEach(buffered::add);
        arrivedDuringReplay.clear();
        replaying = false;
    }

    private void offer(OutboxMessage message) {
        if (queueOverflows(message)) {
            fail(new IllegalStateException("The client did not keep up with " + MAX_BUFFERED + " waiting events"));
            return;
        }
        drain();
    }

    private synchronized boolean queueOverflows(OutboxMessage message) {
        if (replaying) {
            arrivedDuringReplay.add(message);
            return false;
        }
        if (message.sequence() > floor && !replayed.contains(message.sequence())) {
            buffered.add(message);
        }
        return buffered.size() > MAX_BUFFERED;
    }

    private synchronized void drain() {
        while (!done && demand > 0 && !buffered.isEmpty() && subscriber.isPresent()) {
            demand--;
            subscriber.get().onNext(buffered.poll());
        }
    }

    private void fail(Throwable cause) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            failure = Optional.of(cause);
        }
        registration.cancel();
        signalFailure(cause);
    }

    private synchronized Optional<Throwable> failed() {
        return failure;
    }

    private void signalFailure(Throwable cause) {
        subscriber.ifPresent(target -> target.onError(cause));
    }
}
