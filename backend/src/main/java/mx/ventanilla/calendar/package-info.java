/** The institution's calendar feature: business days, holidays and the traffic light. */
@NullMarked
package mx.ventanilla.calendar;

import org.jspecify.annotations.NullMarked;
