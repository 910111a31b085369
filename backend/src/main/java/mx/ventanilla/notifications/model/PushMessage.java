package mx.ventanilla.notifications.model;

import java.util.Map;

/**
 * What a device shows: a title, a body and the data the app reads when the notification is tapped.
 *
 * @param title what the notification says first, e.g. {@code Nuevo turno DG-2026-000123}
 * @param body  the item's subject
 * @param data  at least {@code correspondenceId} and {@code url}, the path the app opens
 */
public record PushMessage(String title, String body, Map<String, String> data) {

    public PushMessage {
        data = Map.copyOf(data);
    }
}
