package mx.ventanilla.signin.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import mx.ventanilla.signin.model.OAuthError;
import mx.ventanilla.signin.model.TokenRequestRejectedException;

/**
 * An {@code application/x-www-form-urlencoded} body. RFC 6749 forbids repeating a parameter, so a repeated one is an
 * {@code invalid_request}; so is a body that does not decode.
 */
record FormParameters(Map<String, String> values) {

    FormParameters {
        values = Map.copyOf(values);
    }

    static FormParameters parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST,
                        "The parameter " + name + " appears more than once.");
            }
        }
        return new FormParameters(values);
    }

    /** The parameter's value; absent when missing or empty (RFC 6749 treats both alike). */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }

    static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST,
                    "The body is not valid application/x-www-form-urlencoded.");
        }
    }
}
