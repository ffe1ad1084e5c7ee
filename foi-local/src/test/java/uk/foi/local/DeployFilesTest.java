package uk.foi.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of deploy/ without Docker or a cluster: the files parse, the compose services and Kubernetes
 * objects have what they need (images or builds, probes, resources, secrets by reference, an HPA for the API, no more
 * notifier replicas than partitions), and every configuration variable used anywhere is in docs/configuration.md.
 */
class DeployFilesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Pattern VARIABLE = Pattern.compile("\\$\\{((?:FOI|JAVAMAIL)_[A-Z_]+)");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static Set<String> documented() throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("`((?:FOI|JAVAMAIL)_[A-Z_]+)`").matcher(Files.readString(
                ROOT.resolve("docs/configuration.md")));
        while (m.find()) {
            out.add(m.group(1));
        }
        // "JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST / ..._PORT" names the port by its suffix
        out.add("JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT");
        return out;
    }

    @Test
    void composeHasEveryServiceWiredToTheOthers() throws IOException {
        Map<String, Object> compose = map(new Yaml().load(Files.readString(ROOT.resolve("deploy/docker-compose.yml"))));
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsOnlyKeys("postgres", "kafka", "foi-api", "foi-notifier", "foi-web", "mail");
        services.forEach((name, s) -> {
            Map<String, Object> service = map(s);
            assertThat(service.containsKey("image") || service.containsKey("build")).as(name).isTrue();
            Object deps = service.get("depends_on");
            if (deps != null) {
                assertThat(services.keySet()).as(name + " depends on").containsAll(map(deps).keySet());
            }
        });
        for (String name : List.of("foi-api", "foi-notifier", "foi-web")) {
            Map<String, Object> build = map(map(services.get(name)).get("build"));
            assertThat(ROOT.resolve("deploy").resolve(build.get("context").toString())
                    .resolve(build.get("dockerfile").toString())).exists();
        }
        Map<String, Object> apiEnv = map(map(services.get("foi-api")).get("environment"));
        assertThat(apiEnv.get("FOI_JWT_SECRET").toString()).as("no default secret").contains(":?");
        Set<String> used = new TreeSet<>();
        for (String name : List.of("foi-api", "foi-notifier", "foi-web")) {
            used.addAll(map(map(services.get(name)).get("environment")).keySet());
        }
        assertThat(documented()).containsAll(used);
    }

    @Test
    void kubernetesObjectsHaveProbesResourcesSecretsAndSensibleScale() throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object o : new Yaml().loadAll(Files.readString(ROOT.resolve("deploy/k8s/foi.yaml")))) {
            docs.add(map(o));
        }
        assertThat(docs).extracting(d -> d.get("kind") + "/" + map(d.get("metadata")).get("name"))
                .containsExactlyInAnyOrder("ConfigMap/foi-config", "Deployment/foi-api", "Service/foi-api",
                        "HorizontalPodAutoscaler/foi-api", "Deployment/foi-notifier", "Deployment/foi-web",
                        "Service/foi-web");
        assertThat(docs).allSatisfy(d -> assertThat(d).containsKeys("apiVersion", "kind", "metadata"));
        Map<String, Object> config = map(docs.stream().filter(d -> d.get("kind").equals("ConfigMap")).findFirst()
                .orElseThrow().get("data"));
        assertThat(documented()).containsAll(config.keySet());
        assertThat(config.keySet()).noneMatch(k -> k.contains("SECRET") || k.contains("PASSWORD"));
        for (Map<String, Object> d : docs) {
            if (!d.get("kind").equals("Deployment")) {
                continue;
            }
            Map<String, Object> spec = map(d.get("spec"));
            Map<String, Object> container = map(((List<?>) map(map(spec.get("template")).get("spec"))
                    .get("containers")).get(0));
            assertThat(container).containsKeys("readinessProbe", "livenessProbe", "resources", "image");
            assertThat(map(map(container.get("resources")).get("requests"))).containsKeys("cpu", "memory");
            if (map(d.get("metadata")).get("name").equals("foi-notifier")) {
                assertThat((Integer) spec.get("replicas"))
                        .isLessThanOrEqualTo(Integer.parseInt(config.get("FOI_KAFKA_PARTITIONS").toString()));
            }
        }
        String api = Files.readString(ROOT.resolve("deploy/k8s/foi.yaml"));
        assertThat(api).contains("secretKeyRef: {name: foi-secrets, key: jwt-secret}");
    }

    @Test
    void everyVariableTheServicesReadIsDocumented() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String file : List.of("foi-api/src/main/resources/application.yml",
                "foi-notifier/src/main/resources/application.yml", "foi-web/src/main/resources/application.yml")) {
            Matcher m = VARIABLE.matcher(Files.readString(ROOT.resolve(file)));
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        assertThat(read).hasSizeGreaterThan(20);
        assertThat(documented()).containsAll(read);
    }
}
