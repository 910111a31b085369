package mx.ventanilla.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation from a number of client threads for a warm-up and then a measured period, and reports its
 * latency percentiles (from the sorted list of every measured call) and throughput. A failing call stops the run: a
 * benchmark of errors measures nothing.
 */
final class LoadRun {

    /** One call of the measured operation; {@code client} is the calling thread's index. */
    @FunctionalInterface
    interface Operation {
        void call(int client) throws Exception;
    }

    private LoadRun() {
    }

    static Figures measure(String label, int clients, Duration warmUp, Duration measured, Operation operation) {
        Progress.line("  %s: %d clients, warm-up %ds", label, clients, warmUp.toSeconds());
        run(clients, warmUp, operation, new ArrayList<>());
        List<long[]> perClient = new ArrayList<>();
        long started = System.nanoTime();
        run(clients, measured, operation, perClient);
        double seconds = (System.nanoTime() - started) / 1e9;
        Figures figures = Figures.of(label, clients, merge(perClient), seconds);
        Progress.line("  %s: %s", label, figures.summary());
        return figures;
    }

    private static void run(int clients, Duration period, Operation operation, List<long[]> samples) {
        long deadline = System.nanoTime() + period.toNanos();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        List<Throwable> errors = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<LongList> lists = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            LongList latencies = new LongList();
            lists.add(latencies);
            int index = client;
            Thread.ofPlatform().name("bench-client-" + client).start(() -> {
                try {
                    loop(index, deadline, operation, latencies, failed, calls);
                } catch (Exception | Error e) {
                    failed.set(true);
                    synchronized (errors) {
                        errors.add(e);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Progress.await(done, calls, deadline);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("A benchmark call failed: " + errors.getFirst().getMessage(),
                    errors.getFirst());
        }
        lists.forEach(list -> samples.add(list.toArray()));
    }

    private static void loop(int client, long deadline, Operation operation, LongList latencies, AtomicBoolean failed,
                             AtomicLong calls) throws Exception {
        while (System.nanoTime() < deadline && !failed.get()) {
            long start = System.nanoTime();
            operation.call(client);
            latencies.add(System.nanoTime() - start);
            calls.incrementAndGet();
        }
    }

    private static long[] merge(List<long[]> perClient) {
        int size = perClient.stream().mapToInt(array -> array.length).sum();
        long[] all = new long[size];
        int at = 0;
        for (long[] array : perClient) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }

    /** A growable list of longs without boxing. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
