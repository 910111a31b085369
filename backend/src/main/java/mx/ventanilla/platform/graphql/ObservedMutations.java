package mx.ventanilla.platform.graphql;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Wraps every top-level mutation field so that a {@link MutationObserver} hears of each execution and its outcome,
 * without any feature having to remember to call it.
 */
final class ObservedMutations {

    private ObservedMutations() {
    }

    static GraphQLSchema wrap(GraphQLSchema schema, MutationObserver observer) {
        GraphQLObjectType mutationType = schema.getMutationType();
        if (mutationType == null) {
            return schema;
        }
        GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        for (GraphQLFieldDefinition field : mutationType.getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(mutationType, field);
            DataFetcher<?> delegate = schema.getCodeRegistry().getDataFetcher(coordinates, field);
            registry.dataFetcher(coordinates, observed(field.getName(), delegate, observer));
        }
        return schema.transform(builder -> builder.codeRegistry(registry.build()));
    }

    private static DataFetcher<Object> observed(String name, DataFetcher<?> delegate, MutationObserver observer) {
        return environment -> {
            try {
                Object result = delegate.get(environment);
                if (result instanceof CompletionStage<?> stage) {
                    return stage.whenComplete((value, failure) -> report(name, environment, value, failure, observer));
                }
                report(name, environment, result, null, observer);
                return result;
            } catch (RuntimeException failure) {
                report(name, environment, null, failure, observer);
                throw failure;
            }
        };
    }

    private static void report(String name, DataFetchingEnvironment environment, Object value, Throwable failure,
                               MutationObserver observer) {
        RequestContext context = environment.getGraphQlContext().get(RequestContext.class);
        Optional<String> code = failure == null
                ? Optional.empty()
                : Optional.of(ErrorMapping.codeOf(failure).name());
        observer.mutationCompleted(new MutationObserver.MutationOutcome(
                name, environment.getArguments(), Optional.ofNullable(value), code, context));
    }
}
