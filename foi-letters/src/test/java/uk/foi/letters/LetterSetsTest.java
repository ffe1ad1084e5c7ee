package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.foi.core.request.Requester;
import uk.foi.exemptions.Catalogue;

/**
 * An authority's own letters: its letterhead, its case officers, the requester's address block, its re-use notice,
 * and its templates in another language. A Welsh authority must be able to write every letter in Welsh (Welsh
 * Language (Wales) Measure 2011 and the Welsh Language Standards made under it): a set in another language is
 * complete or refused, and no English sentence of ours reaches its letters.
 */
class LetterSetsTest {

    static final Seeds.Seed SEED = Seeds.seed000();
    static final LocalDate ON = SEED.request().response().orElseThrow().on();

    static LetterWriter writer(LetterTemplates templates) {
        return new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(), templates);
    }

    static String bundledFile(String name) {
        try (InputStream in = LetterTemplates.class.getResourceAsStream("/uk/foi/letters/templates/" + name
                + (name.endsWith(".properties") ? "" : ".mustache"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every letter a request can have, with the templates given. */
    static List<Letter> everyLetter(LetterWriter writer) {
        var r = SEED.request();
        Optional<Requester> to = Optional.of(SEED.requester());
        return List.of(writer.response(SEED.authority(), r, to, ON),
                writer.acknowledgement(SEED.authority(), r, to, r.receivedOn()),
                writer.clarification(SEED.authority(), r, to, "Which years?", r.receivedOn()),
                writer.feesNotice(SEED.authority(), r, to, 2500, r.receivedOn()),
                writer.extension(SEED.authority(), r, to, List.of(), r.receivedOn()),
                writer.notHeld(SEED.authority(), NotHeldLetterTest.nothingHeld(SEED.authority()), to, ON));
    }

    @Test
    void theRequesterIsAddressedByNameAndAddressAndTheCaseOfficerSignsWhereTheStaffListKnowsThem() {
        var request = SEED.request();
        var assigned = uk.foi.core.fixtures.CoreFixtures.run(uk.foi.core.fixtures.CoreFixtures.office(
                uk.foi.core.fixtures.MutableClock.on(ON)), request, List.of(new uk.foi.core.request.Command.Assign(ON,
                "sam", "Information Rights")));
        Requester byPost = new Requester("Ms Carlo", Optional.empty(), Optional.of("4 Acacia Avenue, Sidcup, DA15 1AA"));
        LetterWriter writer = writer(LetterTemplates.bundled()).withStaff(user -> user.equals("sam")
                ? Optional.of(new CaseOfficer("Sam Patel", "Information Rights Officer", Optional.of("020 7230 1212")))
                : Optional.empty());

        String text = writer.acknowledgement(SEED.authority(), assigned, Optional.of(byPost), ON).text();
        String unassigned = writer.acknowledgement(SEED.authority(), request, Optional.empty(), ON).text();

        assertThat(text).contains("Ms Carlo\n4 Acacia Avenue\nSidcup\nDA15 1AA\n",
                "Case officer: Sam Patel, Information Rights Officer, telephone 020 7230 1212",
                "Yours sincerely\n\nSam Patel\nInformation Rights Officer\nMetropolitan Police Service");
        assertThat(unassigned).as("no one to address; the authority's signatory signs")
                .doesNotContain("Case officer", "Acacia").contains("Dear Requester",
                        "Yours sincerely\n\nFreedom of Information Manager\nMetropolitan Police Service");
        assertThat(writer.acknowledgement(SEED.authority(), request, Optional.of(SEED.requester()), ON).text())
                .as("by email only").contains("Ms Carlo\nrequester-000@example.org\n");
    }

    @Test
    void aResponseThatDisclosesCarriesTheReuseNoticeAndTheAuthorityMayWriteItsOwn() {
        String bundled = writer(LetterTemplates.bundled()).response(SEED.authority(), SEED.request(),
                Optional.empty(), ON).text();
        LetterTemplates own = LetterTemplates.overriding(file -> Optional.ofNullable(Map.of(
                "reuse.txt", "{{#reuse}}\n\nCOPYRIGHT\n\nApply to MPS Directorate of Legal Services.\n{{/reuse}}\n",
                "heading.txt", "METROPOLITAN POLICE – New Scotland Yard, Victoria Embankment, London SW1A 2JL\n\n"
                        + "{{date}}\n\nDear {{salutation}}\n").get(file)));
        String theirs = writer(own).response(SEED.authority(), SEED.request(), Optional.empty(), ON).text();

        assertThat(bundled).contains("RE-USE OF THE INFORMATION", "Re-use of Public Sector Information Regulations"
                + " 2015", "Open Government Licence");
        assertThat(theirs).startsWith("METROPOLITAN POLICE – New Scotland Yard").contains("COPYRIGHT",
                "Directorate of Legal Services").doesNotContain("RE-USE OF THE INFORMATION");
        assertThat(writer(LetterTemplates.bundled()).response(SEED.authority(), NotHeldLetterTest.nothingHeld(
                SEED.authority()), Optional.empty(), ON).text()).as("nothing disclosed, nothing to re-use")
                .doesNotContain("RE-USE");
    }

    @Test
    void anEnglishSetMayChangeOnePhraseAndKeepsTheRest() {
        LetterTemplates own = LetterTemplates.overriding(file -> file.equals("phrases.properties")
                ? Optional.of("part.label=Request {label}\n") : Optional.empty());

        String text = writer(own).response(SEED.authority(), SEED.request(), Optional.empty(), ON).text();

        assertThat(text).contains("Request 2").doesNotContain("Question 2").contains("refusal notice under section 17");
    }

    /**
     * A pseudo-Welsh set: the bundled templates and phrases with every letter outside a placeholder given a
     * circumflex, as a translation would change every word. Its letters must carry none of the English phrases and
     * name their dates in Welsh.
     */
    @Test
    void aSetInAnotherLanguageWritesEveryLetterWithNoEnglishPhraseOfOurs() {
        Map<String, String> set = new HashMap<>();
        for (String file : LetterTemplates.files()) {
            set.put(file, bundledFile(file).replace("lang=\"en-GB\"", "lang=\"cy\""));
        }
        Properties english = phrases(bundledFile("phrases.properties"));
        StringBuilder welsh = new StringBuilder();
        english.stringPropertyNames().forEach(key -> welsh.append(key).append('=').append(key.equals("date.pattern")
                ? english.getProperty(key) : pseudo(english.getProperty(key))).append('\n'));
        set.put("phrases.properties", welsh.toString());

        List<Letter> letters = everyLetter(writer(LetterTemplates.inLanguage(Locale.forLanguageTag("cy"),
                file -> Optional.ofNullable(set.get(file)))));

        // What the English templates say themselves, a translation of the templates translates
        String templates = String.join("\n", LetterTemplates.files().stream().map(LetterSetsTest::bundledFile)
                .toList());
        List<String> fragments = new ArrayList<>();
        english.stringPropertyNames().stream().filter(k -> !k.equals("date.pattern") && !k.equals("numbers"))
                .forEach(k -> fragments.addAll(List.of(english.getProperty(k).split("\\{[A-Za-z]+}"))));
        for (Letter letter : letters) {
            assertThat(letter.html()).contains("lang=\"cy\"");
            for (String fragment : fragments) {
                if (fragment.strip().length() >= 20 && !templates.contains(fragment.strip())) {
                    assertThat(letter.text()).as("%s letter carries English phrase", letter.kind())
                            .doesNotContain(fragment.strip());
                }
            }
        }
        assertThat(letters.get(0).text()).as("dates in Welsh").contains("Dydd Iau 17 Mai 2018", "Dydd Mercher 7 Mawrth 2018")
                .contains(pseudo("the Freedom of Information Act 2000"));
        assertThat(LetterPdf.render(letters.get(0))).isNotEmpty();
    }

    @Test
    void anIncompleteSetInAnotherLanguageIsRefusedNamingWhatItLacks() {
        Map<String, String> set = new HashMap<>();
        for (String file : LetterTemplates.files()) {
            set.put(file, bundledFile(file));
        }
        set.remove("not-held.txt");
        set.put("phrases.properties", bundledFile("phrases.properties").replaceAll("(?m)^harm\\.WOULD=.*$", ""));

        assertThatThrownBy(() -> LetterTemplates.inLanguage(Locale.forLanguageTag("cy"),
                file -> Optional.ofNullable(set.get(file))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Welsh letter templates are incomplete; they lack not-held.txt,"
                        + " phrases.properties: harm.WOULD");
    }

    /** An authority's file is checked before it is kept, so that no letter fails when it is written. */
    @Test
    void anAuthoritysFileIsCheckedBeforeItIsKept() {
        LetterTemplates.checkFile("heading.txt", "ANYTOWN COUNCIL\n\n{{date}}\n\nDear {{salutation}}\n");
        LetterTemplates.checkFile("phrases.properties", "part.label=Request {label}\n");

        assertThatThrownBy(() -> LetterTemplates.checkFile("letterhead.txt", "x"))
                .hasMessageStartingWith("no letter template 'letterhead.txt': one of response.html,");
        assertThatThrownBy(() -> LetterTemplates.checkFile("reuse.txt", "{{#reuse}}\nCopyright\n"))
                .hasMessage("reuse.txt: line 1: {{#reuse}} (or {{^reuse}}) is opened but never closed with"
                        + " {{/reuse}}");
        assertThatThrownBy(() -> LetterTemplates.checkFile("response.txt", "{{> letterhead}}\n"))
                .hasMessage("response.txt: there is no partial 'letterhead'; the partials are heading, asked,"
                        + " signature, reuse, complaint-rights, annex, reasons and style");
        assertThatThrownBy(() -> LetterTemplates.checkFile("phrases.properties", "part.title=Q{label}\n"))
                .hasMessage("phrases.properties: the letters use no phrase 'part.title'");
        assertThatThrownBy(() -> LetterTemplates.checkFile("phrases.properties", "part.label=Question {number}\n"))
                .hasMessage("phrases.properties: 'part.label' cannot use {number}; it may use {label}");
    }

    private static Properties phrases(String source) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final Function<String, String> MARK = text -> text.replace('a', 'â').replace('e', 'ê')
            .replace('i', 'î').replace('o', 'ô').replace('u', 'û').replace('w', 'ŵ').replace('y', 'ŷ');

    /** Every letter outside a placeholder changed, as a translation changes every word. */
    static String pseudo(String english) {
        Matcher m = PLACEHOLDER.matcher(english);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(MARK.apply(english.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(MARK.apply(english.substring(at))).toString();
    }
}
