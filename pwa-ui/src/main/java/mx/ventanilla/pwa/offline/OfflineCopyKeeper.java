package mx.ventanilla.pwa.offline;

import com.vaadin.flow.component.UI;

/**
 * Starts keeping the offline copy in a page of the live app ({@code app/offline-keeper.js}): right away, every few
 * minutes and whenever the connection returns, in the user's language. Also states the page's language on
 * {@code <html lang>}.
 */
public final class OfflineCopyKeeper {

    private static final String START = """
            document.documentElement.lang = $1;
            import(new URL($0, document.baseURI).href).then(keeper => keeper.keepOfflineCopy($1));""";

    private OfflineCopyKeeper() {
    }

    /** Starts the keeper in {@code ui}'s page; starting it again in the same page changes nothing. */
    public static void startIn(UI ui) {
        ui.getPage().executeJs(START, "app/offline-keeper.js", ui.getLocale().toLanguageTag());
    }
}
