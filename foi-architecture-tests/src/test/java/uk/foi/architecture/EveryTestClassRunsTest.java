package uk.foi.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class with tests in it is one that Surefire ({@code *Test}, {@code *Tests}, {@code *TestCase}) or Failsafe
 * ({@code *IT}) runs. A property test named {@code CitationProperties} sat in the tree for a whole wave with its
 * 5,000 tries never run, because no pattern matched its name.
 */
class EveryTestClassRunsTest {

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b", Pattern.MULTILINE);
    private static final Pattern RUN_BY_NAME = Pattern.compile("(Test|Tests|TestCase|IT)\\.java$");

    @Test
    void everyFileWithTestsHasANameTheRunnersPickUp() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.exists(root.resolve("pom.xml")), "the repository root: " + root);
        List<String> unrun;
        try (Stream<Path> files = Files.walk(root)) {
            unrun = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/test/java/"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.foi-data/"))
                    .filter(f -> !RUN_BY_NAME.matcher(f.getFileName().toString()).find())
                    .filter(EveryTestClassRunsTest::hasTests)
                    .map(f -> root.relativize(f).toString())
                    .sorted().toList();
        }
        assertEquals(List.of(), unrun, "test classes no runner will find: rename them to end in Test or IT");
    }

    private static boolean hasTests(Path file) {
        try {
            return TEST_ANNOTATION.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
