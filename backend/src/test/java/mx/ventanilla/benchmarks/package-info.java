/** The performance harness: seeds a large institution, measures the API against direct baselines, writes a report. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.benchmarks;
