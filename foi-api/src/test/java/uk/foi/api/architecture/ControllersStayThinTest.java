package uk.foi.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.Repository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.foi.api.application.Transactions;

/**
 * The web edge maps HTTP to the application layer and back; the application layer ({@code uk.foi.api.application})
 * owns the transactions and is the only way to the stores (issue 20). A controller that opened a transaction, held a
 * JDBC connection or called a repository would put a unit of work where nobody looks for one, and a rule the
 * application keeps (who may see what, what is checked before it is saved) would have a way round it.
 */
class ControllersStayThinTest {

    static JavaClasses api;

    /**
     * What keeps or fetches data, or runs a job: a port (an interface) or a bean of the store, outbox, retention,
     * mail or calendar packages. Their records (a row, a page, a cursor) may cross to the web edge as data.
     */
    static final DescribedPredicate<JavaClass> STORES_AND_JOBS = new DescribedPredicate<>(
            "are ports or beans of the store, outbox, retention, mail or calendar packages") {
        @Override
        public boolean test(JavaClass c) {
            boolean inside = c.getPackageName().startsWith("uk.foi.api.store")
                    || c.getPackageName().startsWith("uk.foi.api.outbox")
                    || c.getPackageName().startsWith("uk.foi.api.retention")
                    || c.getPackageName().startsWith("uk.foi.api.mail")
                    || c.getPackageName().startsWith("uk.foi.api.calendar");
            return inside && (c.isInterface() || c.isAnnotatedWith(Singleton.class)
                    || c.isMetaAnnotatedWith(Repository.class) || c.isAnnotatedWith(Repository.class));
        }
    };

    @BeforeAll
    static void importApi() {
        api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.foi.api");
    }

    @Test
    void noControllerOpensATransaction() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(TransactionOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(Transactions.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the application layer's services own the transactions; controllers only map HTTP to them")
                .check(api);
    }

    @Test
    void theWebEdgeReachesTheStoresOnlyThroughTheApplicationLayer() {
        noClasses().that().resideInAPackage("uk.foi.api.web..")
                .should().dependOnClassesThat(STORES_AND_JOBS)
                .because("a request's event, its projection and its outbox row are written together in a service's"
                        + " transaction, and the checks a service makes before it saves must not be gone round")
                .check(api);
    }

    @Test
    void nothingBelowTheWebEdgeKnowsHttp() {
        noClasses().that().resideOutsideOfPackage("uk.foi.api.web..")
                .should().dependOnClassesThat().resideInAPackage("uk.foi.api.web..")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..")
                .because("the application says why it refused (Refused) and the web edge says it in HTTP; the"
                        + " mailroom and the jobs call the same services")
                .check(api);
    }

    /** The rule would pass on an empty import: it must see the controllers, the ports and the beans it is about. */
    @Test
    void theRulesSeeWhatTheyAreAbout() {
        org.assertj.core.api.Assertions.assertThat(api.stream().filter(c -> c.isAnnotatedWith(Controller.class)))
                .hasSizeGreaterThan(15);
        org.assertj.core.api.Assertions.assertThat(api.stream().filter(STORES_AND_JOBS))
                .extracting(JavaClass::getSimpleName)
                .contains("Requests", "Outbox", "RequestSearch", "Teams", "Files", "RetentionRun", "Mailroom");
    }
}
