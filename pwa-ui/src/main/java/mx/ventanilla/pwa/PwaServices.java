package mx.ventanilla.pwa;

import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.server.VaadinService;
import mx.ventanilla.pwa.api.VentanillaApi;
import mx.ventanilla.pwa.oidc.OidcClient;

/**
 * What the views use, created once per servlet from the {@link PwaSettings}: the GraphQL client and the institution's
 * time zone.
 *
 * @param api      the backend's GraphQL API
 * @param timeZone the institution's time zone
 * @param oidc     the client of the institution's OpenID Connect provider, if one is configured
 */
public record PwaServices(VentanillaApi api, ZoneId timeZone, Optional<OidcClient> oidc) {

    /** The services of the running web app. */
    public static PwaServices current() {
        PwaServices services = VaadinService.getCurrent().getContext().getAttribute(PwaServices.class);
        if (services == null) {
            throw new IllegalStateException("The web app was not started through VentanillaServlet");
        }
        return services;
    }

    static PwaServices from(PwaSettings settings) {
        return new PwaServices(VentanillaApi.create(settings.apiUrl()), settings.timeZone(),
                settings.oidc().map(OidcClient::new));
    }
}
