/**
 * The outbox message, the kinds of live event and the rule of who may receive one.
 */
@NullMarked
package mx.ventanilla.live.model;

import org.jspecify.annotations.NullMarked;
