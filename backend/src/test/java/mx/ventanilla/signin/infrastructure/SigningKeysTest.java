package mx.ventanilla.signin.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    @TempDir
    Path directory;

    @Test
    void createsTheKeyFileReadableByItsOwnerOnlyAndReadsTheSameKeyBack() throws Exception {
        Path file = directory.resolve("keys").resolve("signing-key.jwk");

        SigningKeys created = SigningKeys.loadOrCreate(file);
        SigningKeys reloaded = SigningKeys.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(reloaded.signingKey()).isEqualTo(created.signingKey());
        assertThat(created.signingKey().getKeyID())
                .isEqualTo(created.signingKey().computeThumbprint().toString());
        assertThat(directory.resolve("keys")).isDirectoryContaining(path -> path.equals(file))
                .isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void publishesOnlyPublicParameters() throws Exception {
        SigningKeys keys = SigningKeys.generated();

        JsonNode published = new ObjectMapper().readTree(keys.publicJwkSetJson());

        JsonNode key = published.path("keys").get(0);
        assertThat(key.has("d")).isFalse();
        assertThat(key.path("kty").asText()).isEqualTo("EC");
        assertThat(key.path("crv").asText()).isEqualTo("P-256");
        assertThat(key.path("alg").asText()).isEqualTo("ES256");
        assertThat(key.path("kid").asText()).isEqualTo(keys.signingKey().getKeyID());
        assertThat(key.has("x") && key.has("y")).isTrue();
    }

    @Test
    void aKeySetSignsWithItsFirstKeyAndVerifiesWithAll() throws Exception {
        JWK current = SigningKeys.generated().signingKey();
        JWK previous = SigningKeys.generated().signingKey();
        Path file = directory.resolve("rotating.jwks");
        Files.writeString(file, new JWKSet(List.of(current, previous)).toString(false));

        SigningKeys keys = SigningKeys.loadOrCreate(file);

        assertThat(keys.signingKey().getKeyID()).isEqualTo(current.getKeyID());
        assertThat(keys.verificationKeys().getKeys()).extracting(JWK::getKeyID)
                .containsExactly(current.getKeyID(), previous.getKeyID());
    }

    @Test
    void refusesAKeyThatCannotSignEs256() throws Exception {
        Path file = directory.resolve("rsa.jwk");
        Files.writeString(file, new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate().toJSONString());

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void refusesAFileWithoutThePrivateKey() throws Exception {
        Path file = directory.resolve("public-only.jwk");
        Files.writeString(file, SigningKeys.generated().signingKey().toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private key");
    }
}
