package mx.ventanilla.platform.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLArgument;

/**
 * Refuses operations whose estimated cost exceeds the limit before any data is fetched. Each field costs one; the
 * fields under a paged list (a field with a {@code first} argument) count once per requested item, so
 * {@code users(first: 100) { nodes { name } }} costs far more than {@code users(first: 5)}.
 */
final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

    ComplexityLimit(int maxComplexity) {
        super(maxComplexity, new PageWeightedComplexity(maxComplexity));
    }

    @Override
    protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
        return new AbortExecutionException("The operation's estimated cost is " + totalComplexity
                + ", above the limit of " + maxComplexity
                + ". Ask for fewer fields or smaller pages (a smaller 'first').");
    }

    /**
     * One per field; the selection under a paged field is multiplied by its page size. Each field's cost is capped just
     * above the limit, so that graphql-java's integer sums cannot overflow into an acceptable number.
     */
    static final class PageWeightedComplexity implements FieldComplexityCalculator {

        private final long cap;

        PageWeightedComplexity(int maxComplexity) {
            this.cap = maxComplexity + 1L;
        }

        @Override
        public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
            GraphQLArgument first = environment.getFieldDefinition().getArgument("first");
            if (first == null || childComplexity == 0) {
                return (int) Math.min(cap, 1L + childComplexity);
            }
            long weighted = 1L + (long) childComplexity * Math.max(1, pageSize(environment));
            return (int) Math.min(cap, weighted);
        }

        /** A page size out of bounds counts as one: the field itself refuses it, with a more useful message. */
        private static int pageSize(FieldComplexityEnvironment environment) {
            if (!(environment.getArguments().get("first") instanceof Integer requested)) {
                return Connections.DEFAULT_PAGE_SIZE;
            }
            return requested >= 0 && requested <= Connections.MAX_PAGE_SIZE ? requested : 1;
        }
    }
}
