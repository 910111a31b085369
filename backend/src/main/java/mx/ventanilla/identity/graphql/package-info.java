/** The identity part of the GraphQL API: schema wiring, thin data fetchers and per-request data loaders. */
@NullMarked
package mx.ventanilla.identity.graphql;

import org.jspecify.annotations.NullMarked;
