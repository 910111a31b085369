package mx.ventanilla.pwa.session;

import java.util.List;

/**
 * Which screens the signed-in user's roles open. The backend decides every action again; this only keeps navigation
 * and screens to what the user may use.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";

    private Roles() {
    }

    /** Whether the user signed in to the current Vaadin session holds any of {@code roles}. */
    public static boolean currentHoldsAny(String... roles) {
        return SignedIn.current()
                .map(signedIn -> List.of(roles).stream().anyMatch(signedIn.user().roles()::contains))
                .orElse(false);
    }
}
