/**
 * Tailing the outbox without losing late commits, and fanning each message out to the subscriptions allowed to see it.
 */
@NullMarked
package mx.ventanilla.live.application;

import org.jspecify.annotations.NullMarked;
