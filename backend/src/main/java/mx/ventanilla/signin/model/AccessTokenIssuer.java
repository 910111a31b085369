package mx.ventanilla.signin.model;

import java.time.Duration;

/** Signs access tokens (port; an ES256 JWT signer in production). */
public interface AccessTokenIssuer {

    AccessToken issue(TokenSubject subject);

    /** How long the tokens it issues are accepted. */
    Duration timeToLive();
}
