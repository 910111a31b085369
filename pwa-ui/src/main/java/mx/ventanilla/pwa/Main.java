package mx.ventanilla.pwa;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.github.mvysny.vaadinboot.VaadinBoot;
import mx.ventanilla.pwa.oidc.OidcSettings;

/** Starts the web app on embedded Jetty and prints its address. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PwaSettings settings = PwaSettings.fromEnvironment();
        VaadinBoot boot = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> boot.stop("shutdown")));
        System.out.println("PWA http://localhost:" + settings.port() + "  (GraphQL API " + settings.apiUrl() + ")");
        new CountDownLatch(1).await();
    }

    /**
     * Starts the web app with {@code settings} without blocking; the caller stops it. The servlet, which the container
     * creates, reads the API's address, the time zone and the OpenID Connect provider (its client secret only from the
     * environment) back as system properties, so they are set here.
     */
    public static VaadinBoot start(PwaSettings settings) throws Exception {
        System.setProperty(PwaSettings.API_URL, settings.apiUrl().toString());
        System.setProperty(PwaSettings.TIME_ZONE, settings.timeZone().getId());
        settings.oidc().ifPresentOrElse(oidc -> {
            System.setProperty(OidcSettings.ISSUER, oidc.issuer().toString());
            System.setProperty(OidcSettings.CLIENT_ID, oidc.clientId());
            System.setProperty(OidcSettings.LABEL, oidc.label());
        }, () -> List.of(OidcSettings.ISSUER, OidcSettings.CLIENT_ID, OidcSettings.LABEL)
                .forEach(System::clearProperty));
        VaadinBoot boot = new VaadinBoot().withPort(settings.port()).openBrowserInDevMode(false);
        boot.start();
        return boot;
    }
}
