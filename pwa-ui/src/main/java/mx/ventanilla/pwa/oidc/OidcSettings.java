package mx.ventanilla.pwa.oidc;

import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;

/**
 * The institution's OpenID Connect provider as this app's client of it.
 *
 * @param issuer       the provider's issuer; its endpoints come from {@code {issuer}/.well-known/openid-configuration}
 *                     ({@code ventanilla.oidc.issuer})
 * @param clientId     this app's client id at the provider ({@code ventanilla.oidc.client-id})
 * @param clientSecret the client secret of a confidential client, empty for a public one; read only from the
 *                     environment or a file ({@code ventanilla.oidc.client-secret})
 * @param label        the provider's name on the sign-in button, e.g. "Llave MX" ({@code ventanilla.oidc.label})
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String label) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ISSUER = "ventanilla.oidc.issuer";
    public static final String CLIENT_ID = "ventanilla.oidc.client-id";
    public static final String CLIENT_SECRET = "ventanilla.oidc.client-secret";
    public static final String CLIENT_SECRET_FILE = "ventanilla.oidc.client-secret-file";
    public static final String LABEL = "ventanilla.oidc.label";

    public OidcSettings {
        if (!"https".equals(issuer.getScheme()) && !"http".equals(issuer.getScheme())) {
            throw new IllegalArgumentException(ISSUER + " must be an http(s) URL, got " + issuer);
        }
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("Set " + CLIENT_ID + " together with " + ISSUER);
        }
    }

    /** The client secret, if this app is a confidential client. */
    public Optional<String> secret() {
        return Optional.of(clientSecret).filter(secret -> !secret.isBlank());
    }

    /** Where the provider publishes its endpoints. */
    public URI discovery() {
        String base = issuer.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", label=" + label + "]";
    }
}
