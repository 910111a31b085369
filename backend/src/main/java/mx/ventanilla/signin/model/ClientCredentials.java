package mx.ventanilla.signin.model;

/** A service account's client id and secret as sent to the token endpoint. {@link #toString()} hides the secret. */
public record ClientCredentials(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + "]";
    }
}
