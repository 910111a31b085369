package mx.ventanilla.signin.model;

/** A username and password as typed. {@link #toString()} never shows the password. */
public record SignInCredentials(String username, String password) {

    @Override
    public String toString() {
        return "SignInCredentials[username=" + username + "]";
    }
}
