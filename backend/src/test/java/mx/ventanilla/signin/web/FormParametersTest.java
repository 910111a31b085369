package mx.ventanilla.signin.web;

import mx.ventanilla.signin.model.OAuthError;
import mx.ventanilla.signin.model.TokenRequestRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormParametersTest {

    @Test
    void decodesNamesAndValues() {
        FormParameters form = FormParameters.parse("grant_type=client_credentials&scope=a%3Aread+b%3Awrite&empty=");

        assertThat(form.get("grant_type")).contains("client_credentials");
        assertThat(form.get("scope")).contains("a:read b:write");
        assertThat(form.get("empty")).isEmpty();
        assertThat(form.get("missing")).isEmpty();
    }

    @Test
    void aRepeatedParameterIsAnInvalidRequest() {
        assertThatThrownBy(() -> FormParameters.parse("scope=a&scope=b"))
                .isInstanceOfSatisfying(TokenRequestRejectedException.class,
                        e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_REQUEST))
                .hasMessageContaining("scope");
    }

    @Test
    void aBrokenPercentEncodingIsAnInvalidRequest() {
        assertThatThrownBy(() -> FormParameters.parse("client_id=%zz"))
                .isInstanceOfSatisfying(TokenRequestRejectedException.class,
                        e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_REQUEST));
    }
}
