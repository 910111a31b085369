package mx.ventanilla.reporting.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.reporting.model.CorrespondenceRow;
import mx.ventanilla.reporting.model.TurnRow;

/** The columns of exports, with the Spanish headers and values users read; dates in the institution's zone. */
final class ExportColumns {

    static final List<String> TURN_HEADERS = List.of("Folio", "Asunto", "Remitente", "Tipo de documento",
            "Turnado a", "Instrucción", "Fecha de turno", "Fecha límite", "Semáforo", "Estado", "Prioridad");
    static final List<String> CORRESPONDENCE_HEADERS = List.of("Folio", "Asunto", "Remitente", "Tipo de documento",
            "Fecha de recepción", "Unidad que registra", "Prioridad", "Estado");

    private static final Map<TurnInstruction, String> INSTRUCTIONS = Map.of(
            TurnInstruction.ATTENTION, "Para atención", TurnInstruction.KNOWLEDGE, "Para conocimiento",
            TurnInstruction.SIGNATURE, "Para firma", TurnInstruction.REPORT, "Para informe");
    private static final Map<TurnState, String> STATES = Map.of(
            TurnState.PROPOSED, "Propuesto", TurnState.SENT, "Enviado", TurnState.RECEIVED, "Recibido",
            TurnState.ANSWERED, "Respondido", TurnState.RETURNED, "Devuelto", TurnState.CONCLUDED, "Concluido",
            TurnState.CANCELLED, "Cancelado", TurnState.REJECTED, "Rechazado");
    private static final Map<TrafficLight, String> LIGHTS = Map.of(
            TrafficLight.GREEN, "Verde", TrafficLight.YELLOW, "Amarillo", TrafficLight.RED, "Rojo");
    private static final Map<Priority, String> PRIORITIES = Map.of(Priority.NORMAL, "Normal", Priority.URGENT, "Urgente");
    private static final Map<String, String> ITEM_STATUSES = Map.of("REGISTERED", "Registrado",
            "IN_PROCESS", "En trámite", "CONCLUDED", "Concluido", "ARCHIVED", "Archivado");

    private final ZoneId zone;
    private final Function<String, String> unitName;

    /** @param unitName the name shown for a unit id */
    ExportColumns(ZoneId zone, Function<String, String> unitName) {
        this.zone = zone;
        this.unitName = unitName;
    }

    List<Object> turn(TurnRow row) {
        return List.of(row.folio(), row.subject(), row.senderName(), row.documentType(),
                unitName.apply(row.recipientUnitId()), INSTRUCTIONS.get(row.instruction()),
                row.issuedAt().atZone(zone).toLocalDate(), row.dueDate(),
                row.light().map(LIGHTS::get).orElse(""), STATES.get(row.state()), PRIORITIES.get(row.priority()));
    }

    List<Object> correspondence(CorrespondenceRow row) {
        return List.of(row.folio(), row.subject(), row.senderName(), row.documentType(),
                row.receivedAt().atZone(zone).toLocalDate(), unitName.apply(row.registeredUnitId()),
                PRIORITIES.get(row.priority()), ITEM_STATUSES.getOrDefault(row.status(), row.status()));
    }
}
