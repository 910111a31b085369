/**
 * Correspondence and its turns: folios, the turn life cycle and the rules that keep it consistent. Free of any
 * storage or web type.
 */
@NullMarked
package mx.ventanilla.correspondence.model;

import org.jspecify.annotations.NullMarked;
