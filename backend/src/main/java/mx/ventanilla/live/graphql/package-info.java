/**
 * The subscription fields of the API, each a stream of the events its caller may see.
 */
@NullMarked
package mx.ventanilla.live.graphql;

import org.jspecify.annotations.NullMarked;
