/** The correspondence use cases: registering, turning, attending, evaluating, concluding, archiving and reading. */
@NullMarked
package mx.ventanilla.correspondence.application;

import org.jspecify.annotations.NullMarked;
