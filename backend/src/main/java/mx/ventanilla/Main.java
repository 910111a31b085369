package mx.ventanilla;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import mx.ventanilla.platform.config.Configuration;

/** Starts the Ventanilla backend with the configuration from {@code application.yaml} and the environment. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Ventanilla ventanilla = Ventanilla.start(configure());
        Runtime.getRuntime().addShutdownHook(new Thread(ventanilla::close, "shutdown"));
        System.out.println();
        System.out.println("Ventanilla is running.");
        System.out.println("  GraphQL API  " + ventanilla.baseUri().resolve("/graphql"));
        System.out.println("  GraphiQL     " + ventanilla.baseUri().resolve("/graphiql"));
        System.out.println("  Health       " + ventanilla.baseUri().resolve("/health"));
        System.out.println("  Metrics      " + ventanilla.baseUri().resolve("/metrics"));
        System.out.println();
    }

    /**
     * Sets up logging from {@code logging.properties} (before anything logs, so every logger gets its level), then
     * reads the configuration (see {@link Configuration}).
     */
    static Config configure() {
        LogConfig.configureRuntime();
        return Configuration.load();
    }
}
