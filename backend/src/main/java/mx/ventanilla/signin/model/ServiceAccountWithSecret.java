package mx.ventanilla.signin.model;

/**
 * A service account together with a secret just generated for it: the only moment the secret is ever shown.
 * {@link #toString()} never shows it.
 */
public record ServiceAccountWithSecret(ServiceAccount serviceAccount, String clientSecret) {

    @Override
    public String toString() {
        return "ServiceAccountWithSecret[" + serviceAccount + "]";
    }
}
