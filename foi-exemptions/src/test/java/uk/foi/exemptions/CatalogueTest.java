package uk.foi.exemptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.foi.deadlines.Regime;

/**
 * Every attribute of every FOIA Part II entry against a table written from the sources: FOIA s2(3) for the absolute
 * list, each section's own NCND subsection, ss62-64 for historical records. Source of the table:
 * https://www.legislation.gov.uk/ukpga/2000/36 and docs/exemptions.md (which records what was not verified).
 */
class CatalogueTest {

    private final Catalogue catalogue = Catalogue.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # key                | status               | source    | test          | ncnd                 | pit   | historical | verified | archives          | special
            FOIA s21             | ABSOLUTE             | s2(3)(a)  | CLASS         | -                    | false | NEVER:0    | true     | CANNOT_APPLY      | false
            FOIA s22             | QUALIFIED            |           | CLASS         | FOIA s22(2)          | true  | NEVER:0    | true     | CANNOT_APPLY      | false
            FOIA s22A            | QUALIFIED            |           | PREJUDICE     | FOIA s22A(2)         | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s23             | ABSOLUTE             | s2(3)(b)  | CLASS         | FOIA s23(5)          | false | NEVER:0    | true     | BECOMES_QUALIFIED | true
            FOIA s24             | QUALIFIED            |           | REQUIRED_FOR  | FOIA s24(2)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s26             | QUALIFIED            |           | PREJUDICE     | FOIA s26(3)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s27(1)          | QUALIFIED            |           | PREJUDICE     | FOIA s27(4)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s27(2)          | QUALIFIED            |           | CLASS         | FOIA s27(4)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s28             | QUALIFIED            |           | PREJUDICE     | FOIA s28(3)          | true  | AFTER_YEARS:30 | false | UNCHANGED        | false
            FOIA s29             | QUALIFIED            |           | PREJUDICE     | FOIA s29(2)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s30(1)          | QUALIFIED            |           | CLASS         | FOIA s30(3)          | true  | AFTER_YEARS:20 | true | UNCHANGED         | false
            FOIA s30(2)          | QUALIFIED            |           | CLASS         | FOIA s30(3)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s31             | QUALIFIED            |           | PREJUDICE     | FOIA s31(3)          | true  | AFTER_YEARS:100 | true | UNCHANGED        | false
            FOIA s32             | ABSOLUTE             | s2(3)(c)  | CLASS         | FOIA s32(3)          | false | AFTER_YEARS:20 | true | UNCHANGED         | false
            FOIA s33             | QUALIFIED            |           | PREJUDICE     | FOIA s33(3)          | true  | AFTER_YEARS:20 | true | UNCHANGED         | false
            FOIA s34             | ABSOLUTE             | s2(3)(d)  | REQUIRED_FOR  | FOIA s34(2)          | false | NEVER:0    | true     | UNCHANGED         | false
            FOIA s35             | QUALIFIED            |           | CLASS         | FOIA s35(3)          | true  | AFTER_YEARS:20 | true | UNCHANGED         | false
            FOIA s36             | QUALIFIED            |           | PREJUDICE     | FOIA s36(3)          | true  | AFTER_YEARS:20 | false | UNCHANGED        | true
            FOIA s37(1)(a)-(ab)  | ABSOLUTE             | s2(3)(ea) | CLASS         | FOIA s37(2)          | false | AFTER_YEARS_OR_DEATH:20 | false | UNCHANGED | false
            FOIA s37(1)(ac)-(ad) | QUALIFIED            |           | CLASS         | FOIA s37(2)          | true  | AFTER_YEARS_OR_DEATH:20 | false | UNCHANGED | false
            FOIA s37(1)(b)       | QUALIFIED            |           | CLASS         | FOIA s37(2)          | true  | AFTER_YEARS:60 | true | UNCHANGED         | false
            FOIA s38             | QUALIFIED            |           | PREJUDICE     | FOIA s38(2)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s39             | QUALIFIED            |           | CLASS         | FOIA s39(2)          | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(1)          | ABSOLUTE             | s2(3)(f)  | CLASS         | FOIA s40(5A)         | false | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(2)          | DEPENDS_ON_CONDITION | s2(3)(fa) | CLASS         | FOIA s40(5B)         | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(3A)(a)      | ABSOLUTE             | s2(3)(fa) | CLASS         | FOIA s40(5B)(a)(i)   | false | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(3A)(b)      | ABSOLUTE             | s2(3)(fa) | CLASS         | FOIA s40(5B)(a)(ii)  | false | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(3B)         | QUALIFIED            |           | CLASS         | FOIA s40(5B)(b)      | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s40(4A)         | QUALIFIED            |           | CLASS         | FOIA s40(5B)(c)      | true  | NEVER:0    | true     | UNCHANGED         | false
            FOIA s41             | ABSOLUTE             | s2(3)(g)  | CLASS         | FOIA s41(2)          | false | NEVER:0    | true     | UNCHANGED         | true
            FOIA s42             | QUALIFIED            |           | CLASS         | FOIA s42(2)          | true  | AFTER_YEARS:20 | true | UNCHANGED         | false
            FOIA s43(1)          | QUALIFIED            |           | CLASS         | -                    | true  | AFTER_YEARS:30 | false | UNCHANGED        | false
            FOIA s43(2)          | QUALIFIED            |           | PREJUDICE     | FOIA s43(3)          | true  | AFTER_YEARS:30 | false | UNCHANGED        | false
            FOIA s44             | ABSOLUTE             | s2(3)(h)  | CLASS         | FOIA s44(2)          | false | NEVER:0    | true     | UNCHANGED         | false
            """)
    void everyFoiaEntryHasTheAttributesTheActGivesIt(String key, Provision.Status status, String source,
                                                     Provision.HarmTest test, String ncnd, boolean pit,
                                                     String historical, boolean verified,
                                                     HistoricalRule.ArchiveEffect archives, boolean special) {
        Provision provision = catalogue.provisions().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + key));

        assertThat(provision.regime()).isEqualTo(Regime.FOIA);
        assertThat(provision.status()).isEqualTo(status);
        assertThat(provision.statusSource()).isEqualTo(source == null ? "" : source);
        assertThat(provision.harmTest()).isEqualTo(test);
        assertThat(provision.ncnd()).isEqualTo(Optional.ofNullable(ncnd).map(Citation::parse));
        assertThat(provision.publicInterestTest()).isEqualTo(pit);
        String[] rule = historical.split(":");
        assertThat(provision.historical().kind()).isEqualTo(HistoricalRule.Kind.valueOf(rule[0]));
        assertThat(provision.historical().years()).isEqualTo(Integer.parseInt(rule[1]));
        assertThat(provision.historical().verified()).isEqualTo(verified);
        assertThat(provision.historical().archives()).isEqualTo(archives);
        assertThat(provision.specialCase().isEmpty()).isEqualTo(!special);
        assertThat(provision.kind()).isIn(Provision.Kind.EXEMPTION, Provision.Kind.CONDITION);
        assertThat(provision.title()).isNotBlank();
        assertThat(provision.summary()).hasSizeGreaterThan(provision.title().length());
        assertThat(provision.link().toString())
                .isEqualTo("https://www.legislation.gov.uk/ukpga/2000/36/section/" + provision.covers().get(0).number());
        if (!verified) {
            assertThat(provision.verify()).as("an unverified period says what was not verified").isNotBlank();
        }
    }

    @Test
    void aBareSectionResolvesToItsEntriesOnlyWhereTheyAllBehaveAlike() {
        assertThat(catalogue.resolve(Citation.parse("FOIA s31(1)(a)"))).map(Provision::key).contains("FOIA s31");
        assertThat(catalogue.resolve(Citation.parse("FOIA s30"))).as("s30(1) and s30(2): qualified, class-based")
                .map(Provision::key).contains("FOIA s30(1)");
        assertThat(catalogue.resolve(Citation.parse("FOIA s40"))).as("s40(1) absolute, s40(2) by condition")
                .isEmpty();
        assertThat(catalogue.find(Citation.parse("FOIA s23"))).map(p -> p.ncndCovers(Citation.parse("FOIA s23(5)")))
                .contains(true);
    }

    @Test
    void everyPartTwoSectionOfFoiaHasAnEntry() {
        List<String> sections = IntStream.rangeClosed(21, 44).filter(n -> n != 25).mapToObj(String::valueOf).toList();
        for (String section : sections) {
            assertThat(catalogue.under(Citation.of(Regime.FOIA, section))).as("s" + section).isNotEmpty();
        }
        assertThat(catalogue.under(Citation.of(Regime.FOIA, "22A"))).isNotEmpty();
    }

    @Test
    void theAbsoluteExemptionsAreExactlyThoseInSectionTwoThree() {
        assertThat(catalogue.of(Regime.FOIA).stream().filter(p -> p.status() == Provision.Status.ABSOLUTE)
                .map(Provision::key)).containsExactlyInAnyOrder("FOIA s21", "FOIA s23", "FOIA s32", "FOIA s34",
                "FOIA s37(1)(a)-(ab)", "FOIA s40(1)", "FOIA s40(3A)(a)", "FOIA s40(3A)(b)", "FOIA s41", "FOIA s44");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOIA s1(3)", "FOIA s8", "FOIA s9", "FOIA s12(1)", "FOIA s12(2)", "FOIA s14(1)",
            "FOIA s14(2)", "FOIA s16", "FOIA s17(1)", "FOIA s17(3)", "FOIA s17(5)", "FOIA s17(7)", "FOIA s84",
            "FOIA s62", "FOIA s63", "FOIA s64", "EIR reg12(9)", "EIR reg12(2)", "FOISA s18", "FOISA s12"})
    void proceduralAndHistoricalProvisionsAreNotExemptions(String citation) {
        Provision provision = catalogue.find(Citation.parse(citation)).orElseThrow();

        assertThat(provision.status()).isEqualTo(Provision.Status.NOT_AN_EXEMPTION);
        assertThat(provision.publicInterestTest()).isFalse();
    }

    @Test
    void everyEirExceptionIsQualifiedAndOnlyTwelveFiveAHasNcnd() {
        for (char limb = 'a'; limb <= 'e'; limb++) {
            Provision p = catalogue.find(Citation.of(Regime.EIR, "12", "4", String.valueOf(limb))).orElseThrow();
            assertThat(p.status()).isEqualTo(Provision.Status.QUALIFIED);
            assertThat(p.ncnd()).isEmpty();
        }
        for (char limb = 'a'; limb <= 'g'; limb++) {
            Provision p = catalogue.find(Citation.of(Regime.EIR, "12", "5", String.valueOf(limb))).orElseThrow();
            assertThat(p.status()).isEqualTo(Provision.Status.QUALIFIED);
            assertThat(p.harmTest()).isEqualTo(Provision.HarmTest.ADVERSE_EFFECT);
            assertThat(p.ncnd()).isEqualTo(limb == 'a' ? Optional.of(Citation.parse("EIR reg12(6)")) : Optional.empty());
            assertThat(p.specialCase().contains("12(9)")).isEqualTo(limb >= 'd');
        }
        assertThat(catalogue.find(Citation.parse("EIR reg13(2A)")).orElseThrow().status())
                .isEqualTo(Provision.Status.ABSOLUTE);
        assertThat(catalogue.find(Citation.parse("EIR reg13(2B)")).orElseThrow().status())
                .isEqualTo(Provision.Status.QUALIFIED);
    }

    @Test
    void foisaNeitherConfirmsNorDeniesOnlyThroughSectionEighteen() {
        List<String> withNcnd = List.of("28", "29", "30", "31", "32", "33", "34", "35", "38", "39(1)", "41");
        for (Provision p : catalogue.of(Regime.FOISA)) {
            if (p.kind() != Provision.Kind.EXEMPTION) {
                continue;
            }
            Citation c = p.covers().get(0);
            boolean listed = withNcnd.contains(c.number()) || withNcnd.contains(c.truncate(1).provision().substring(1));
            assertThat(p.ncnd()).as(p.key()).isEqualTo(listed ? Optional.of(Citation.parse("FOISA s18")) : Optional.empty());
            if (!c.number().equals("39")) {
                assertThat(p.harmTest()).as(p.key() + ": FOISA's harm test is substantial prejudice")
                        .isNotEqualTo(Provision.HarmTest.PREJUDICE);
            }
            assertThat(p.historical().kind()).isEqualTo(HistoricalRule.Kind.UNKNOWN);
        }
        assertThat(catalogue.under(Citation.of(Regime.FOISA, "25"))).isNotEmpty();
        assertThat(catalogue.under(Citation.of(Regime.FOISA, "41"))).isNotEmpty();
    }

    @Test
    void findsTheEntryForALimbOrAnNcndProvision() {
        assertThat(catalogue.find(Citation.parse("FOIA s31(1)(g)")).orElseThrow().key()).isEqualTo("FOIA s31");
        assertThat(catalogue.find(Citation.parse("FOIA s40(5B)(a)(i)")).orElseThrow().key())
                .isEqualTo("FOIA s40(3A)(a)");
        assertThat(catalogue.find(Citation.parse("EIR reg12(6)")).orElseThrow().key()).isEqualTo("EIR reg12(5)(a)");
        assertThat(catalogue.find(Citation.parse("FOIA s37(1)(aa)")).orElseThrow().key())
                .isEqualTo("FOIA s37(1)(a)-(ab)");
        assertThat(catalogue.find(Citation.parse("FOIA s17"))).isEmpty();
        assertThat(catalogue.lookUp(Citation.parse("FOIA s17"))).hasSize(7);
    }

    @Test
    void historicalRecordsCountFromTheYearAfterCreation() {
        HistoricalRule twenty = catalogue.find(Citation.parse("FOIA s42")).orElseThrow().historical();

        assertThat(twenty.fallsAwayOn(2005)).contains(java.time.LocalDate.of(2026, 1, 1));
        assertThat(HistoricalRule.historicalFrom(2005)).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(catalogue.find(Citation.parse("FOIA s41")).orElseThrow().historical().fallsAwayOn(1900)).isEmpty();
    }

    @Test
    void aBrokenCatalogueNamesTheLine() {
        assertThatThrownBy(() -> Catalogue.read("version: 1\n[FOIA s21]\ntitle: x\nstatus: sometimes\ntest: class\n"
                + "summary: y\n", "test.txt"))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("test.txt [FOIA s21] (line 2)")
                .hasMessageContaining("unknown status 'sometimes'");
        assertThatThrownBy(() -> Catalogue.read("version: 1\n[FOIA s21]\ncolour: red\n", "test.txt"))
                .hasMessageContaining("line 3: unknown field 'colour'");
        assertThatThrownBy(() -> Catalogue.read("[FOIA s21]\ntitle: x\nstatus: absolute\ntest: class\nsummary: y\n", "t"))
                .hasMessageContaining("no 'version:' line");
    }
}
