package mx.ventanilla.platform.observability;

import java.util.List;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import mx.ventanilla.platform.graphql.OperationObserver;

/**
 * Counts GraphQL operations into {@code graphql_operations_total}, tagged by operation type ({@code query},
 * {@code mutation}, {@code unknown}) and outcome ({@code success}, {@code partial}, or the error code when no data came
 * back, e.g. {@code bad_user_input}, {@code unauthenticated}, {@code internal}).
 */
final class GraphQlOperationMetrics implements OperationObserver {

    static final String NAME = "graphql.operations";

    private final MeterRegistry registry;

    GraphQlOperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void operationCompleted(OperationOutcome outcome) {
        registry.getOrCreate(Counter.builder(NAME)
                        .description("GraphQL operations executed or refused, by type and outcome")
                        .tags(List.of(Tag.create("type", outcome.operationType()),
                                Tag.create("outcome", outcome.outcome()))))
                .increment();
    }
}
