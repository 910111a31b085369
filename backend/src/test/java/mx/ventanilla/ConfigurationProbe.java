package mx.ventanilla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.config.Config;
import mx.ventanilla.platform.logging.LogFields;

/**
 * Run in a separate JVM by {@link StartupIT}: configures logging and reads the configuration exactly as {@link Main}
 * does, then reports what it found through the log, so the test sees both on standard output.
 */
public final class ConfigurationProbe {

    static final List<String> KEYS = List.of("server.port", "ventanilla.data-dir", "ventanilla.mongodb.uri",
            "ventanilla.graphql.max-depth", "ventanilla.graphql.max-body-bytes", "ventanilla.demo-data");

    private ConfigurationProbe() {
    }

    public static void main(String[] args) {
        Config config = Main.configure();
        Map<String, Object> values = new LinkedHashMap<>();
        KEYS.forEach(key -> values.put(key, config.get(key).asString().orElse("<absent>")));
        Logger probe = Logger.getLogger("mx.ventanilla.probe");
        probe.log(Level.INFO, "Configuration read", new LogFields(values));
        probe.log(Level.SEVERE, "A \"quoted\" failure\non two lines", new IllegalStateException("probe failure"));
        Logger.getLogger("de.bwaldvogel.mongo.MongoServer").info("chatty embedded database");
        Logger.getLogger("org.mongodb.driver.cluster").info("chatty driver");
        Logger.getLogger("org.gaul.s3proxy.S3Proxy").info("chatty object store");
        Logger.getLogger("de.bwaldvogel.mongo.MongoServer").warning("embedded database warning");
        org.slf4j.LoggerFactory.getLogger("org.mongodb.driver.connection").info("chatty driver through slf4j");
        org.slf4j.LoggerFactory.getLogger("org.mongodb.driver.connection").warn("driver warning through slf4j");
    }
}
