/** The calendar API: holidays for everyone to read, for administrators to change. */
@NullMarked
package mx.ventanilla.calendar.graphql;

import org.jspecify.annotations.NullMarked;
