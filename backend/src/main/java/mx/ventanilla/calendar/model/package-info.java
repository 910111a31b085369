/**
 * The institution's calendar: business days in its time zone, Mexican federal holidays plus its own, and the
 * traffic-light rule that turns due dates into GREEN, YELLOW and RED.
 */
@NullMarked
package mx.ventanilla.calendar.model;

import org.jspecify.annotations.NullMarked;
