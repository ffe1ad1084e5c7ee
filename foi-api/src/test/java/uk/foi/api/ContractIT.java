package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The contract is complete both ways: every operation the service routes is in the served OpenAPI document, and the
 * document describes no operation the service does not have. With {@link Contract} checking every answer the
 * integration tests receive, the document is the behaviour (hardening issue, item 5).
 */
@MicronautTest(transactional = false)
class ContractIT extends ApiTestSupport {

    @Inject
    Router router;

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        Set<String> routed = router.uriRoutes()
                .filter(r -> !r.getHttpMethodName().equals("HEAD") && !r.getHttpMethodName().equals("OPTIONS"))
                .filter(r -> !Contract.outside(r.getUriMatchTemplate().toPathString()))
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Object> document = new Yaml().load(api.get(null, Contract.DOCUMENT).body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        assertThat(documented).as("operations in the OpenAPI document").isEqualTo(routed);
    }
}
