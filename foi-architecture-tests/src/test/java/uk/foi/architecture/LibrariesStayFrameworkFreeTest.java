package uk.foi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain libraries are plain Java that other teams embed (foi-events adds only Jackson, foi-letters only
 * JMustache and, for PDF, openhtmltopdf with jsoup; foi-records only PDFBox): no Micronaut, Jakarta, Kafka, JDBC or logging framework,
 * and no reading of the system clock (time comes from a {@code java.time.Clock} or an argument).
 */
class LibrariesStayFrameworkFreeTest {

    static final String[] LIBRARIES = {"uk.foi.deadlines..", "uk.foi.exemptions..", "uk.foi.core.."};

    static JavaClasses libraries;

    @BeforeAll
    static void importLibraries() {
        libraries = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.foi.deadlines", "uk.foi.exemptions", "uk.foi.core");
    }

    @Test
    void librariesDependOnNoFramework() {
        noClasses().that().resideInAnyPackage(LIBRARIES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "javax.inject..", "javax.persistence..",
                        "org.apache.kafka..", "io.cloudevents..", "java.sql..", "javax.sql..",
                        "org.springframework..", "org.slf4j..", "com.fasterxml.jackson..")
                .because("foi-deadlines, foi-exemptions and foi-core are plain Java libraries (STYLE.md rule 1)")
                .check(libraries);
    }

    @Test
    void librariesUseOnlyTheJdkAndEachOther() {
        classes().that().resideInAnyPackage(LIBRARIES)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "uk.foi.deadlines..", "uk.foi.exemptions..", "uk.foi.core..")
                .because("consumers need nothing but these jars")
                .check(libraries);
    }

    @Test
    void theWireFormatUsesOnlyJacksonBesideTheDomain() {
        classes().that().resideInAPackage("uk.foi.events..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "uk.foi..")
                .because("foi-events is foi-core's wire format and nothing more")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.foi.events"));
    }

    @Test
    void theScheduleIsPlainJavaOverTheDomain() {
        classes().that().resideInAPackage("uk.foi.schedule..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "uk.foi..")
                .because("foi-notifier runs the schedule on Kafka Streams; the rules themselves need no framework")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.foi.schedule"));
    }

    @Test
    void lettersUseOnlyTheTemplateEngineBesideTheDomain() {
        classes().that().resideInAPackage("uk.foi.letters..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.samskivert.mustache..",
                        "uk.foi..", "com.openhtmltopdf..", "org.jsoup..", "org.w3c.dom..")
                .because("templates lay letters out and openhtmltopdf renders them as PDF/UA; every decision stays"
                        + " in the domain")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.foi.letters"));
    }

    @Test
    void recordsUseOnlyPdfBox() {
        classes().that().resideInAPackage("uk.foi.records..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "uk.foi.records..",
                        "org.apache.pdfbox..")
                .because("redaction is a library any service can embed: PDFBox and the JDK's imaging, nothing more")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.foi.records"));
    }

    @Test
    void deadlinesDoNotDependOnTheRequestDomain() {
        noClasses().that().resideInAPackage("uk.foi.deadlines..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.foi.core..", "uk.foi.exemptions..")
                .check(libraries);
    }

    @Test
    void domainCodeNeverReadsTheSystemClock() {
        noClasses().that().resideInAnyPackage(LIBRARIES)
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from an injected java.time.Clock (STYLE.md rule 4)")
                .check(libraries);
    }
}
