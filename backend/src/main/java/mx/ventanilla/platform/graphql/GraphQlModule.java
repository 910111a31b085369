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

    /** Registers the feature's per-request data loaders; called once for every request. */
    default void registerDataLoaders(DataLoaderRegistry registry, RequestContext context) {
    }
}
