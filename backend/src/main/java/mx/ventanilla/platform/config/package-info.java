/**
 * Where the configuration comes from: system properties, environment variables and {@code application.yaml}, with
 * the spelling rules that let every kebab-case key be set from the environment.
 */
@NullMarked
package mx.ventanilla.platform.config;

import org.jspecify.annotations.NullMarked;
