package org.example.foiuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's example runs, gives the statutory answer, and is the code shown in the README, word for word. */
class ReadmeExampleTest {

    @Test
    void theExampleGivesTheStatutoryDate() {
        // FOIA s10(1): received Fri 10 Mar 2023; St Patrick's Day, Good Friday and Easter Monday are not working days
        assertEquals(LocalDate.of(2023, 4, 12), DueDates.responseDue(LocalDate.of(2023, 3, 10)).due());
        String event = DueDates.logAndEncode(LocalDate.of(2023, 3, 10),
                Clock.fixed(LocalDate.of(2023, 3, 10).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        assertTrue(event.contains("\"type\":\"uk.foi.request.received.v2\""), event);
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String source = Files.readString(Path.of("src/main/java/org/example/foiuser/DueDates.java"));
        Matcher m = Pattern.compile("// README:begin(?: (\\w+))?\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL)
                .matcher(source);
        int found = 0;
        while (m.find()) {
            found++;
            String snippet = m.group(2).stripIndent().strip();
            assertTrue(readme.contains(snippet), "README.md no longer shows this example:\n" + snippet);
        }
        assertEquals(2, found);
    }
}
