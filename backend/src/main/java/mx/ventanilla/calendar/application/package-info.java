/** Use cases of the institution's calendar: reading and administering holidays, and the current business calendar. */
@NullMarked
package mx.ventanilla.calendar.application;

import org.jspecify.annotations.NullMarked;
