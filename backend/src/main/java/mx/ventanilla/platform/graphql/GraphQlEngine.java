package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.QueryComplexityLimits;
import mx.ventanilla.platform.error.ErrorCode;
import org.dataloader.DataLoaderRegistry;

/**
 * Assembles the schema from the base SDL and every feature's SDL, and executes requests against it: within the
 * configured limits (document tokens, depth, field count, page-weighted cost), with a fresh data-loader registry per
 * request, and with every error carrying an {@code extensions.code} (see {@link ErrorCodes}).
 */
public final class GraphQlEngine {

    static final String BASE_SCHEMA = "graphql/schema.graphqls";
    static final String API_VERSION = "1";

    private static final System.Logger LOG = System.getLogger(GraphQlEngine.class.getName());
    private static final int KEPT_DOCUMENTS = 128;
    private static final int KEPT_DOCUMENT_MAX_LENGTH = 8 * 1024;

    private final GraphQL graphQl;
    private final GraphQLSchema schema;
    private final List<GraphQlModule> modules;
    private final GraphQlLimits limits;
    private final ParserOptions parserOptions;
    private final QueryComplexityLimits validationLimits;
    private final QueryComplexityLimits introspectionLimits;
    private final RecentDocuments<Parsed> parsed = new RecentDocuments<>(KEPT_DOCUMENTS, KEPT_DOCUMENT_MAX_LENGTH);
    private final RecentDocuments<PreparsedDocumentEntry> validated =
            new RecentDocuments<>(KEPT_DOCUMENTS, KEPT_DOCUMENT_MAX_LENGTH);
    private final OperationObserver operationObserver;

    public GraphQlEngine(List<GraphQlModule> modules, GraphQlLimits limits, MutationObserver mutationObserver) {
        this(modules, limits, mutationObserver, OperationObserver.none());
    }

    public GraphQlEngine(List<GraphQlModule> modules, GraphQlLimits limits, MutationObserver mutationObserver,
                         OperationObserver operationObserver) {
        this.modules = List.copyOf(modules);
        this.limits = limits;
        this.operationObserver = operationObserver;
        this.schema = ObservedMutations.wrap(buildSchema(modules), mutationObserver);
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxDocumentTokens())
                .maxCharacters((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes())));
        this.validationLimits = QueryComplexityLimits.newLimits()
                .maxDepth(limits.maxDepth())
                .maxFieldsCount(limits.maxComplexity())
                .build();
        this.introspectionLimits = QueryComplexityLimits.newLimits()
                .maxDepth(Math.max(limits.maxDepth(), GoodFaithIntrospection.GOOD_FAITH_MAX_DEPTH_COUNT))
                .maxFieldsCount(limits.maxComplexity())
                .build();
        this.graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new ComplexityLimit(limits.maxComplexity()))
                .preparsedDocumentProvider((input, parseAndValidate) -> CompletableFuture.completedFuture(
                        validated.get(input.getQuery(), () -> parseAndValidate.apply(input))))
                .defaultDataFetcherExceptionHandler(new ErrorMapping())
                .build();
    }

    public GraphQLSchema schema() {
        return schema;
    }

    public GraphQlLimits limits() {
        return limits;
    }

    /**
     * Runs one request for one caller. Never throws for a bad request: syntax errors, invalid documents, bad variables
     * and exceeded limits come back as errors with code {@code BAD_USER_INPUT} and no data.
     */
    public ExecutionResult execute(GraphQlRequest request, RequestContext context) {
        long started = System.nanoTime();
        Parsed parsed = parse(request.document());
        ExecutionResult result = parsed.document().isPresent()
                ? runGuarded(request, parsed.document().get(), context)
                : ExecutionResult.newExecutionResult().addError(parsed.error().orElseThrow()).build();
        String type = parsed.document().flatMap(document -> selected(document, request.operationName()))
                .map(operation -> operation.name().toLowerCase(Locale.ROOT))
                .orElse("unknown");
        operationObserver.operationCompleted(new OperationObserver.OperationOutcome(
                type, ErrorCodes.outcomeOf(result), Duration.ofNanos(System.nanoTime() - started)));
        return result;
    }

    /** The kind of operation the request would run; empty when the document does not parse or names no such one. */
    public Optional<OperationDefinition.Operation> operationOf(GraphQlRequest request) {
        return parse(request.document()).document().flatMap(document -> selected(document, request.operationName()));
    }

    private ExecutionResult runGuarded(GraphQlRequest request, Document document, RequestContext context) {
        try {
            return ErrorCodes.coded(run(request, limitsFor(document), context), context);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "GraphQL execution failed in request " + context.requestId(), e);
            return ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                    .message(ErrorCodes.internalMessage(context))
                    .extensions(Map.of(ErrorCodes.CODE, ErrorCode.INTERNAL.name()))
                    .build()).build();
        }
    }

    /**
     * The standard introspection query that GraphiQL and code generators send is about 13 levels deep. A document
     * that asks for nothing but introspection may go as deep as graphql-java's good-faith introspection check allows
     * (which also refuses the cycles that make introspection expensive); every other document gets our depth limit.
     */
    private QueryComplexityLimits limitsFor(Document document) {
        return onlyIntrospection(document) ? introspectionLimits : validationLimits;
    }

    private static boolean onlyIntrospection(Document document) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return !operations.isEmpty() && operations.stream()
                .flatMap(operation -> operation.getSelectionSet().getSelectionsOfType(Field.class).stream())
                .allMatch(field -> field.getName().startsWith("__"))
                && operations.stream().allMatch(operation -> operation.getSelectionSet().getSelections().stream()
                        .allMatch(Field.class::isInstance));
    }

    private ExecutionResult run(GraphQlRequest request, QueryComplexityLimits validation, RequestContext context) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        modules.forEach(module -> module.registerDataLoaders(loaders, context));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.document())
                .operationName(request.operationName().orElse(null))
                .variables(request.variables())
                .dataLoaderRegistry(loaders)
                .locale(Locale.ENGLISH)
                .graphQLContext(builder -> builder
                        .put(RequestContext.class, context)
                        .put(ParserOptions.class, parserOptions)
                        .put(QueryComplexityLimits.KEY, validation))
                .build();
        return graphQl.execute(input);
    }

    /** A parsed document, or the error that says why there is none. */
    private record Parsed(Optional<Document> document, Optional<GraphQLError> error) {
    }

    /**
     * The parsed document, or why there is none. Whether a text parses, and under which limits it validates, depends
     * on the text alone, so both results are kept for the documents sent most recently ({@link RecentDocuments}).
     */
    private Parsed parse(String document) {
        return parsed.get(document, () -> parseNow(document));
    }

    private Parsed parseNow(String document) {
        try {
            Document parsed = Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(document)
                    .parserOptions(parserOptions)
                    .locale(Locale.ENGLISH)
                    .build());
            return new Parsed(Optional.of(parsed), Optional.empty());
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
            return new Parsed(Optional.empty(), Optional.of(tooLarge()));
        } catch (InvalidSyntaxException e) {
            return new Parsed(Optional.empty(), Optional.of(withCode(e.toInvalidSyntaxError())));
        }
    }

    /** Too big to parse is not a syntax error: the document may well be valid GraphQL, just more than we take. */
    private GraphQLError tooLarge() {
        return GraphqlErrorBuilder.newError()
                .message("The document is too large: it may have at most " + limits.maxDocumentTokens()
                        + " tokens and " + limits.maxBodyBytes() + " characters. Split the operation.")
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of(ErrorCodes.CODE, ErrorCode.BAD_USER_INPUT.name()))
                .build();
    }

    private static GraphQLError withCode(GraphQLError error) {
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(Map.of(ErrorCodes.CODE, ErrorCode.BAD_USER_INPUT.name()))
                .build();
    }

    private static Optional<OperationDefinition.Operation> selected(Document document, Optional<String> name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name.isEmpty()) {
            return operations.size() == 1 ? Optional.of(operations.getFirst().getOperation()) : Optional.empty();
        }
        return operations.stream()
                .filter(operation -> name.get().equals(operation.getName()))
                .map(OperationDefinition::getOperation)
                .findFirst();
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
