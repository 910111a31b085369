package mx.ventanilla.benchmarks;

import java.util.Arrays;

/**
 * What one measured scenario gave: calls, seconds, throughput and latency percentiles in milliseconds.
 *
 * @param label      what was measured, e.g. {@code inbox first page / API over HTTP}
 * @param clients    concurrent client threads
 * @param calls      measured calls
 * @param seconds    length of the measured period
 * @param throughput calls per second over the measured period
 * @param p50        median latency, ms
 * @param p99        99th percentile latency, ms
 * @param max        slowest call, ms
 * @param cpuPerCall CPU time of the whole harness process (backend, embedded servers and load clients together)
 *                   over the measured periods, divided by the calls, in ms: unlike throughput, it hardly changes
 *                   when other programs load the machine
 */
record Figures(String label, int clients, long calls, double seconds, double throughput, double p50, double p99,
               double max, double cpuPerCall) {

    static Figures of(String label, int clients, long[] latenciesNanos, double seconds, long cpuNanos) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new Figures(label, clients, sorted.length, seconds, sorted.length / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                sorted.length == 0 ? Double.NaN : cpuNanos / 1e6 / sorted.length);
    }

    /** Nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String summary() {
        return "%d calls in %.1f s: %.1f/s, p50 %.1f ms, p99 %.1f ms, CPU %.1f ms a call".formatted(calls, seconds,
                throughput, p50, p99, cpuPerCall);
    }
}
