/** The correspondence API: thin data fetchers that read arguments, call the use cases and shape the results. */
@NullMarked
package mx.ventanilla.correspondence.graphql;

import org.jspecify.annotations.NullMarked;
