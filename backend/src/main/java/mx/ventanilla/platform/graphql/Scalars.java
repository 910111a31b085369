package mx.ventanilla.platform.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** Custom scalars: {@code DateTime} (an ISO-8601 instant, UTC) and {@code Date} (an ISO-8601 calendar date). */
final class Scalars {

    private Scalars() {
    }

    static List<GraphQLScalarType> all() {
        return List.of(
                textual("DateTime", "An instant in ISO-8601, e.g. 2026-03-01T17:30:00Z.", Instant.class, Instant::parse),
                textual("Date", "A calendar date in ISO-8601, e.g. 2026-03-01.", LocalDate.class, LocalDate::parse),
                upload());
    }

    /** Files arrive only as parts of a multipart request, which the HTTP layer turns into {@link Upload} values. */
    private static GraphQLScalarType upload() {
        return GraphQLScalarType.newScalar()
                .name("Upload")
                .description("A file sent with a GraphQL multipart request.")
                .coercing(new Coercing<Upload, Void>() {
                    @Override
                    public Void serialize(Object value, GraphQLContext context, Locale locale) {
                        throw new CoercingSerializeException("Upload is an input-only scalar.");
                    }

                    @Override
                    public Upload parseValue(Object input, GraphQLContext context, Locale locale) {
                        if (input instanceof Upload upload) {
                            return upload;
                        }
                        throw new CoercingParseValueException("Files must be sent as parts of a multipart request "
                                + "(GraphQL multipart request specification), not as variable values.");
                    }

                    @Override
                    public Upload parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                               Locale locale) {
                        throw new CoercingParseLiteralException("Files cannot be written into the document; send "
                                + "them as parts of a multipart request.");
                    }
                })
                .build();
    }

    private static <T> GraphQLScalarType textual(String name, String description, Class<T> type,
                                                 Function<String, T> parse) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .description(description)
                .coercing(new Coercing<T, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (type.isInstance(value)) {
                            return value.toString();
                        }
                        throw new CoercingSerializeException(name + " expected, got " + value.getClass().getName());
                    }

                    @Override
                    public T parseValue(Object input, GraphQLContext context, Locale locale) {
                        if (input instanceof String text) {
                            return parseOr(text, CoercingParseValueException::new);
                        }
                        throw new CoercingParseValueException(name + " must be a string such as "
                                + example() + ".");
                    }

                    @Override
                    public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                          Locale locale) {
                        if (input instanceof StringValue text) {
                            return parseOr(text.getValue(), CoercingParseLiteralException::new);
                        }
                        throw new CoercingParseLiteralException(name + " must be a string such as "
                                + example() + ".");
                    }

                    private T parseOr(String text, Function<String, RuntimeException> failure) {
                        try {
                            return parse.apply(text);
                        } catch (DateTimeParseException e) {
                            throw failure.apply("'" + text + "' is not a valid " + name + "; use e.g. "
                                    + example() + ".");
                        }
                    }

                    private String example() {
                        return type == Instant.class ? "2026-03-01T17:30:00Z" : "2026-03-01";
                    }
                })
                .build();
    }
}
