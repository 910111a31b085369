/**
 * Live events: the outbox that the write path fills and the feed that streams it to subscribers allowed to see each
 * event.
 */
@NullMarked
package mx.ventanilla.live;

import org.jspecify.annotations.NullMarked;
