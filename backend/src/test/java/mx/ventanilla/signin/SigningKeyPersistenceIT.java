package mx.ventanilla.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.signin.SignInClient.accessToken;
import static mx.ventanilla.signin.SignInClient.refreshToken;
import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyPersistenceIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dataDir;

    @Test
    void tokensIssuedBeforeARestartStillWorkAfterIt() throws Exception {
        User ana;
        JsonNode session;
        String jwksBefore;
        try (RunningVentanilla before = RunningVentanilla.start(dataDir, RunningVentanilla.WITHOUT_DEMO_DATA)) {
            Directory directory = new Directory(before.ventanilla().mongo().database());
            ana = directory.user("ana", PASSWORD, directory.unit("DG"), Role.OFFICER);
            session = new SignInClient(before).session("ana", PASSWORD);
            jwksBefore = before.get("/.well-known/jwks.json").body();
        }
        Path keyFile = dataDir.resolve("keys").resolve("signing-key.jwk");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (RunningVentanilla after = RunningVentanilla.start(dataDir, RunningVentanilla.WITHOUT_DEMO_DATA)) {
            SignInClient client = new SignInClient(after);

            assertThat(after.get("/.well-known/jwks.json").body()).isEqualTo(jwksBefore);
            GraphQlResponse refreshed = client.refresh(refreshToken(session));
            assertThat(refreshed.hasErrors()).as(refreshed.body().toString()).isFalse();
            GraphQlResponse revoked = client.revokeSessions(ana.id(), Optional.of(accessToken(session)));
            assertThat(revoked.status()).isEqualTo(200);
            assertThat(revoked.data().path("revokeSessions").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aConfiguredKeyFileIsCreatedWhereTheOperatorSays(@TempDir Path secrets) {
        Path keyFile = secrets.resolve("shared").resolve("ventanilla-signing.jwk");

        try (RunningVentanilla backend = RunningVentanilla.start(dataDir, Map.of("ventanilla.demo-data", "false",
                "ventanilla.security.signing-key-file", keyFile.toString()))) {
            assertThat(backend.get("/.well-known/jwks.json").statusCode()).isEqualTo(200);
        }

        assertThat(keyFile).exists();
        assertThat(dataDir.resolve("keys").resolve("signing-key.jwk")).doesNotExist();
    }
}
