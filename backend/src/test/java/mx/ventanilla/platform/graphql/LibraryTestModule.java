package mx.ventanilla.platform.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.NotFoundException;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * A feature for tests only: 250 books paged as a Relay connection, authors behind a per-request data loader that
 * records its batches, and fields failing in every way a real feature can.
 */
final class LibraryTestModule implements GraphQlModule {

    static final String SECRET_DETAIL = "password=hunter2 at db-primary:27017";
    static final int BOOK_COUNT = 250;

    final List<List<String>> authorBatches = Collections.synchronizedList(new ArrayList<>());
    final List<DataLoaderRegistry> registries = Collections.synchronizedList(new ArrayList<>());

    record Book(String id, String title, String authorId) {
    }

    record Author(String id, String name) {
    }

    private final List<Book> books = IntStream.range(0, BOOK_COUNT)
            .mapToObj(i -> new Book("b%03d".formatted(i), "Book " + i, "a" + (i % 3)))
            .toList();

    @Override
    public String schemaResource() {
        return "graphql/library-test.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("books", this::books)
                .dataFetcher("shelf", environment -> Map.of("label", "top"))
                .dataFetcher("broken", environment -> {
                    throw new IllegalStateException("Lost connection: " + SECRET_DETAIL);
                })
                .dataFetcher("badlyTyped", environment -> "not an instant")
                .dataFetcher("secret", environment -> environment.getGraphQlContext()
                        .<RequestContext>get(RequestContext.class).requirePrincipal().name())
                .dataFetcher("forbidden", environment -> {
                    throw new ForbiddenException("Only archivists may read this.");
                })
                .dataFetcher("missing", environment -> {
                    throw new NotFoundException("There is no such book.");
                }));
        wiring.type("Mutation", type -> type.dataFetcher("addBook",
                environment -> new Book("new", environment.getArgument("title"), "a0")));
        wiring.type("Book", type -> type.dataFetcher("author", environment -> {
            DataLoader<String, Author> authors = environment.getDataLoader("authors");
            return authors.load(environment.<Book>getSource().authorId());
        }));
        wiring.type("Shelf", type -> type.dataFetcher("inner", environment -> Map.of("label", "inner")));
    }

    @Override
    public void registerDataLoaders(DataLoaderRegistry registry, RequestContext context) {
        registries.add(registry);
        registry.register("authors", DataLoaderFactory.<String, Author>newDataLoader(ids -> {
            authorBatches.add(List.copyOf(ids));
            return CompletableFuture.completedFuture(ids.stream().map(id -> new Author(id, "Author " + id)).toList());
        }));
    }

    private Map<String, Object> books(DataFetchingEnvironment environment) {
        Connections.PageRequest page = Connections.pageRequest(environment);
        List<Book> fetched = books.stream()
                .filter(book -> page.after().map(after -> book.id().compareTo(after) > 0).orElse(true))
                .limit(page.fetchSize())
                .toList();
        return Connections.toConnection(Connections.Page.of(fetched, page.first()), Book::id);
    }
}
