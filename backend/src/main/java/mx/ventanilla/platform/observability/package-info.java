/**
 * Health and metrics for operators: {@code /health} (liveness and readiness, with a probe per dependency) and
 * {@code /metrics} (Prometheus text) through Helidon's observe modules, plus the request and GraphQL meters.
 */
@NullMarked
package mx.ventanilla.platform.observability;

import org.jspecify.annotations.NullMarked;
