package mx.ventanilla.pwa;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The installable app: its web manifest, icons, theme colour and the Lumo theme; server push over WebSocket lets open
 * screens (the inbox) change when the backend reports an event.
 */
@PWA(name = "Ventanilla", shortName = "Ventanilla",
        description = "Correspondencia, turnos y atención ciudadana",
        iconPath = "icons/ventanilla.png", themeColor = AppShell.THEME_COLOUR, backgroundColor = "#ffffff",
        offlinePath = "offline.html",
        offlineResources = {"app/offline-copy.js", "app/offline-shell.js", "app/offline-keeper.js",
            "app/capture.js", "app/capture-queue.js", "app/capture.css"})
@Meta(name = "theme-color", content = AppShell.THEME_COLOUR)
@StyleSheet(Lumo.STYLESHEET)
@Push
public class AppShell implements AppShellConfigurator {

    /** The institutional wine red of the app bar and the installed app's title bar. */
    public static final String THEME_COLOUR = "#7a1f3d";
}
