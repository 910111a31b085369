package mx.ventanilla.calendar.model;

/** The "semáforo" of a turn: on time, due soon, or overdue. */
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED
}
