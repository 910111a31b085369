/** The GraphQL side of sign-in: the schema in {@code graphql/signin.graphqls} wired to the use cases. */
@NullMarked
package mx.ventanilla.signin.graphql;

import org.jspecify.annotations.NullMarked;
