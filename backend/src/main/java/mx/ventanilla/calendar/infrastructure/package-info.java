/** The calendar's MongoDB adapter. */
@NullMarked
package mx.ventanilla.calendar.infrastructure;

import org.jspecify.annotations.NullMarked;
