package mx.ventanilla.platform.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

/**
 * A feature's contribution to the API: its SDL file (the contract, kept in {@code resources/graphql}) and the data
 * fetchers behind it. Data fetchers stay thin and call the feature's use cases.
 */
public interface GraphQlModule {

    /** Classpath location of the feature's SDL, e.g. {@code graphql/identity.graphqls}. */
    String schemaResource();

    /** Binds the feature's fields to data fetchers. */
    void wire(RuntimeWiring.Builder wiring);

    /**
     * Registers the feature's data loaders in the registry of one request; called once for every request, so caches
     * never outlive it and loaders may capture the caller from {@code context}. Loads queued while a level of the
     * query resolves are dispatched together, one batch call per loader.
     */
    default void registerDataLoaders(DataLoaderRegistry registry, RequestContext context) {
    }
}
