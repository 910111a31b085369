package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.dataloader.DataLoaderRegistry;

/**
 * Assembles the schema from the base SDL and every feature's SDL, and executes requests against it with the
 * configured limits, a fresh data-loader registry per request and the error mapping of {@link ErrorMapping}.
 */
public final class GraphQlEngine {

    static final String BASE_SCHEMA = "graphql/schema.graphqls";
    static final String API_VERSION = "1";

    private final GraphQL graphQl;
    private final GraphQLSchema schema;
    private final List<GraphQlModule> modules;
    private final ParserOptions parserOptions;

    public GraphQlEngine(List<GraphQlModule> modules, GraphQlLimits limits, MutationObserver mutationObserver) {
        this.modules = List.copyOf(modules);
        this.schema = ObservedMutations.wrap(buildSchema(modules), mutationObserver);
        this.parserOptions = ParserOptions.newParserOptions()
                .maxTokens(limits.maxDocumentTokens())
                .captureSourceLocation(true)
                .build();
        this.graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new ChainedInstrumentation(List.of(
                        new MaxQueryDepthInstrumentation(limits.maxDepth()),
                        new MaxQueryComplexityInstrumentation(limits.maxComplexity()))))
                .defaultDataFetcherExceptionHandler(new ErrorMapping())
                .build();
    }

    public GraphQLSchema schema() {
        return schema;
    }

    /** Runs one operation for one caller. */
    public ExecutionResult execute(String document, String operationName, Map<String, Object> variables,
                                   RequestContext context) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        modules.forEach(module -> module.registerDataLoaders(loaders, context));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(document)
                .operationName(operationName.isEmpty() ? null : operationName)
                .variables(variables)
                .dataLoaderRegistry(loaders)
                .graphQLContext(builder -> builder
                        .put(RequestContext.class, context)
                        .put(ParserOptions.class, parserOptions))
                .build();
        return graphQl.execute(input);
    }

    private static GraphQLSchema buildSchema(List<GraphQlModule> modules) {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry registry = parser.parse(readResource(BASE_SCHEMA));
        modules.forEach(module -> registry.merge(parser.parse(readResource(module.schemaResource()))));
        declareMutationRootWhenExtended(registry);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        Scalars.all().forEach(wiring::scalar);
        wiring.type("Query", type -> type.dataFetcher("apiVersion", environment -> API_VERSION));
        modules.forEach(module -> module.wire(wiring));
        return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    }

    /** Features add mutations with {@code extend type Mutation}; the root exists only once one of them does. */
    private static void declareMutationRootWhenExtended(TypeDefinitionRegistry registry) {
        boolean extended = registry.objectTypeExtensions().containsKey("Mutation");
        if (extended && registry.getType("Mutation").isEmpty()) {
            registry.add(ObjectTypeDefinition.newObjectTypeDefinition().name("Mutation").build());
        }
    }

    private static String readResource(String name) {
        try (InputStream in = GraphQlEngine.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Schema file missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
