package mx.ventanilla.benchmarks;

import java.lang.management.ManagementFactory;
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

    /** A labelled operation, one of several measured against each other. */
    record Contender(String label, Operation operation) {
    }

    /**
     * Warms every contender up, then measures them in turn, {@code rounds} times over, each for its share of
     * {@code measured}: on a shared machine, a slow spell then falls on every contender instead of on one.
     */
    static List<Figures> interleaved(List<Contender> contenders, int clients, Duration warmUp, Duration measured,
                                     int rounds) {
        for (Contender contender : contenders) {
            Progress.line("  %s: %d clients, warm-up %ds", contender.label(), clients, warmUp.toSeconds());
            run(clients, warmUp, contender.operation(), new ArrayList<>());
        }
        List<List<long[]>> samples = new ArrayList<>();
        double[] seconds = new double[contenders.size()];
        long[] cpuNanos = new long[contenders.size()];
        contenders.forEach(contender -> samples.add(new ArrayList<>()));
        Duration share = measured.dividedBy(rounds);
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                Progress.line("  %s: round %d of %d", contenders.get(i).label(), round, rounds);
                long started = System.nanoTime();
                long cpuBefore = processCpuNanos();
                run(clients, share, contenders.get(i).operation(), samples.get(i));
                cpuNanos[i] += processCpuNanos() - cpuBefore;
                seconds[i] += (System.nanoTime() - started) / 1e9;
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            Figures measuredFigures = Figures.of(contenders.get(i).label(), clients, merge(samples.get(i)),
                    seconds[i], cpuNanos[i]);
            Progress.line("  %s: %s", measuredFigures.label(), measuredFigures.summary());
            figures.add(measuredFigures);
        }
        return figures;
    }

    /** CPU time used so far by every thread of this process, the backend and embedded servers included. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
