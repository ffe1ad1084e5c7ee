package uk.foi.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.foi.api.application.Transactions;
import uk.foi.api.outbox.Outbox;
import uk.foi.api.store.Requests;

/**
 * Controllers map HTTP to the services and back; the services own the transactions (issue 20). A controller that
 * opened a transaction, or held a JDBC connection, would put a unit of work where nobody looks for one.
 */
class ControllersStayThinTest {

    static JavaClasses api;

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
                .because("the services (RequestService, CorrespondenceService, DisclosureLogService ...) own the"
                        + " transactions; controllers only map HTTP to them")
                .check(api);
    }

    @Test
    void noControllerUsesTheStoresThatJoinAServicesTransaction() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(Requests.class)
                .orShould().dependOnClassesThat().areAssignableTo(Outbox.class)
                .orShould().dependOnClassesThat().areAssignableTo(uk.foi.core.reference.ReferenceNumbers.class)
                .because("they work inside a transaction a service opened: a request's event, its projection and"
                        + " its outbox row are written together or not at all")
                .check(api);
    }
}
