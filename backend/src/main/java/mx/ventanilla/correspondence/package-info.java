/** The correspondence feature: registering documents with folios and routing them with turns to their conclusion. */
@NullMarked
package mx.ventanilla.correspondence;

import org.jspecify.annotations.NullMarked;
