package mx.ventanilla.pwa.oidc;

import java.time.Instant;

/**
 * What the provider's token endpoint handed out.
 *
 * @param accessToken      the bearer token the API accepts
 * @param expiresAt        when it runs out
 * @param refreshToken     exchanged at the provider for the next tokens; empty when the provider gave none
 * @param refreshExpiresAt when the refresh token runs out, as far as the provider said
 */
public record ProviderTokens(String accessToken, Instant expiresAt, String refreshToken, Instant refreshExpiresAt) {
}
