package mx.ventanilla;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the arrows pointing inward: a feature's {@code model} knows nothing of the web server, the database, object
 * storage or push services, and {@code application} reaches them only through ports declared in {@code model}.
 */
@AnalyzeClasses(packages = "mx.ventanilla", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] INFRASTRUCTURE_TYPES = {
            "io.helidon..", "com.mongodb..", "org.bson..", "io.minio..", "com.google.firebase..",
            "graphql..", "com.vaadin..", "mx.ventanilla.storage.."
    };

    @ArchTest
    static final ArchRule domainModelIsFreeOfInfrastructure = noClasses()
            .that().resideInAPackage("mx.ventanilla.*.model..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_TYPES)
            .because("the domain model must not know how it is served or stored");

    @ArchTest
    static final ArchRule useCasesAreFreeOfInfrastructure = noClasses()
            .that().resideInAPackage("mx.ventanilla.*.application..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_TYPES)
            .because("use cases reach storage and delivery only through ports in the model");

    @ArchTest
    static final ArchRule modelDoesNotReachOutward = noClasses()
            .that().resideInAPackage("mx.ventanilla.*.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "mx.ventanilla.*.application..", "mx.ventanilla.*.infrastructure..", "mx.ventanilla.*.graphql..")
            .because("the model is the centre; everything else depends on it, not the reverse");
}
