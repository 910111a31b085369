package mx.ventanilla.notifications.model;

/** Sends one message to one device over its channel (port; one adapter per channel). */
public interface PushSender {

    PushChannel channel();

    /** Sends; never throws for what the push service answered, only reports it. */
    SendResult send(PushTarget target, PushMessage message);
}
