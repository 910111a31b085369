/**
 * The outbox in MongoDB: the writer the core's write path uses and the reader the feed polls.
 */
@NullMarked
package mx.ventanilla.live.infrastructure;

import org.jspecify.annotations.NullMarked;
