package uk.foi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.cli.FoiTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code foi cite}, {@code foi exemption} and {@code foi check} as a user runs them. */
class ExemptionCommandsTest {

    private static final String GOOD_DRAFT = """
            {
              "regime": "FOIA",
              "date": "2026-11-23",
              "internalReviewStated": true,
              "regulatorRightStated": true,
              "costLimitTier": "OTHER_AUTHORITY",
              "parts": [
                {"label": "1", "outcome": "PARTLY_WITHHELD",
                 "citations": "Section 31(1)(a)&(b) and Section 40(2)(3A)(a)",
                 "reasons": "Tactical detail and officers' names are redacted.",
                 "harm": "WOULD_BE_LIKELY_TO",
                 "publicInterest": {"forDisclosure": ["accountability"], "forMaintaining": ["effective policing"],
                                    "conclusion": "the balance favours maintaining the exemption"}},
                {"label": "2", "outcome": "COST_LIMIT", "citations": "section 12(1)",
                 "costEstimateHours": {"LOCATING": 20, "REDACTING": 10}, "advice": "Ask for one year only."},
                {"label": "3", "outcome": "NOT_HELD"}
              ]
            }
            """;

    @Test
    void citePrintsOneCanonicalCitationPerLine() {
        FoiTest.Result result = run("", "cite", "Section 31(1)(a)&(b) and section 40(2)");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("FOIA s31(1)(a)\nFOIA s31(1)(b)\nFOIA s40(2)\n");
    }

    @Test
    void citeTakesTheRegimeFromContext() {
        assertThat(run("", "cite", "--regime", "EIR", "Section 12(5)(e)").out()).isEqualTo("EIR reg12(5)(e)\n");
    }

    @Test
    void citeJsonCarriesSpansAndWarnings() {
        FoiTest.Result result = run("", "cite", "--json", "Section 40(2)&(3)");

        assertThat(result.out()).contains("\"citation\" : \"FOIA s40(3)\"").contains("\"start\" : 0")
                .contains("pre-2018 form");
    }

    @Test
    void citeLinesWritesExactlyOneLinePerInputLine() {
        FoiTest.Result result = run("Section 31(1)(a)&(b)\nno citation here\nSection 95 of the Act\n\n12\n",
                "cite", "--lines");

        assertThat(result.out().split("\n", -1)).containsExactly("FOIA s31(1)(a); FOIA s31(1)(b)", "",
                "ERROR: 'Section 95' at 1: FOIA has no section 95", "", "FOIA s12", "");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void citeTextListsALettersCitationsWithLineNumbers(@TempDir Path dir) throws Exception {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Dear requester,\n\nWe rely on Section 43(2) of the Act.\n"
                + "Section 41 of the Terrorism Act 2000 is not relevant.\n");

        FoiTest.Result result = run("", "cite", "--text", letter.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("3: FOIA s43(2)").contains("4: ignored")
                .contains("Terrorism Act 2000, not of FOI law");
    }

    @Test
    void citeTextReadsAScottishLetterUnderItsOwnActAndSaysWhy(@TempDir Path dir) throws Exception {
        Path letter = dir.resolve("letter.txt");
        Files.writeString(letter, "Freedom of Information (Scotland) Act 2002\nThe exemptions which apply are:\n"
                + "- 30(b)(i)\n- 38(1)(b)\nof FOISA.\nUnder Reg. 4(3) of the Fees Regulations only some costs count.\n");

        FoiTest.Result result = run("", "cite", "--text", letter.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out().split("\n")).containsExactly(
                "read under FOISA: it names Freedom of Information (Scotland) Act",
                "3: FOISA s30(b)(i)        \"30(b)(i)\"",
                "4: FOISA s38(1)(b)        \"38(1)(b)\"",
                "6: SFEES reg4(3)          \"Reg. 4(3)\"  (the Scottish Fees Regulations (SSI 2004/467))");
    }

    @Test
    void citeNeedsExactlyOneInput() {
        FoiTest.Result result = run("", "cite");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("foi: give exactly one of TEXT, --lines or --text FILE\n");
    }

    @Test
    void exemptionShowsTheCatalogueEntry() {
        FoiTest.Result result = run("", "exemption", "FOIA s31");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("FOIA s31 — Law enforcement").contains("NCND             FOIA s31(3)")
                .contains("historical       100 years (s63(4)-(5))")
                .contains("https://www.legislation.gov.uk/ukpga/2000/36/section/31");
    }

    @Test
    void exemptionListsEveryEntryBeneathASection() {
        assertThat(run("", "exemption", "section 37").out()).contains("FOIA s37(1)(a)-(ab)")
                .contains("FOIA s37(1)(ac)-(ad)").contains("FOIA s37(1)(b)");
    }

    @Test
    void exemptionRejectsAnUnknownProvision() {
        FoiTest.Result result = run("", "exemption", "FOIA s7");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("foi: FOIA s7 is not in the exemption catalogue (version 2026-11-25.1)\n");
    }

    @Test
    void checkPassesAGoodDraft() {
        FoiTest.Result result = run(GOOD_DRAFT, "check", "-");

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).isEqualTo("0 error(s), 0 warning(s)\n");
    }

    /**
     * A draft written for 0.1 (one citations text, reasons, harm and test per part; PARTLY_WITHHELD) is still read:
     * its records are placed on the provisions they belong to, and the only finding is the new warning that its NCND
     * part does not say what it neither confirms nor denies.
     */
    @Test
    void aDraftWrittenFor01IsStillRead() throws java.io.IOException {
        String draft = new String(getClass().getResourceAsStream("/draft-0.1.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        FoiTest.Result result = run(draft, "check", "-");

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).startsWith("WARNING part 2: say what is neither confirmed nor denied under"
                + " FOIA s23(5)").endsWith("0 error(s), 1 warning(s)\n");
    }

    @Test
    void aPublicInterestTestForAnAbsoluteProvisionIsAnError() {
        String draft = """
                {"regime": "FOIA", "date": "2026-11-23", "internalReviewStated": true, "regulatorRightStated": true,
                 "parts": [{"label": "2", "outcome": "NEITHER_CONFIRM_NOR_DENY", "grounds": [
                   {"citation": "s23(5)", "reasons": "r", "ncndScope": "whether a security body was involved",
                    "publicInterest": {"forDisclosure": ["a"], "forMaintaining": ["b"], "conclusion": "c"}},
                   {"citation": "s24(2)", "reasons": "r", "ncndScope": "whether a security body was involved",
                    "publicInterest": {"forDisclosure": ["a"], "forMaintaining": ["b"], "conclusion": "c"}}]}]}
                """;

        FoiTest.Result result = run(draft, "check", "-");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("ERROR part 2: FOIA s23(5) is absolute (s2(3)(b)): there is no public"
                + " interest test to record").contains("1 error(s), 0 warning(s)");
    }

    @Test
    void theReadmesExampleDraftPassesTheCheck() {
        FoiTest.Result result = run("", "check", "../docs/examples/draft.json");

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).isEqualTo("0 error(s), 0 warning(s)\n");
    }

    @Test
    void checkFailsADraftWithErrorsAndNamesTheRule() {
        String bad = GOOD_DRAFT.replace("\"harm\": \"WOULD_BE_LIKELY_TO\",", "")
                .replace("\"regulatorRightStated\": true", "\"regulatorRightStated\": false");

        FoiTest.Result result = run(bad, "check", "-");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("ERROR part 1: FOIA s31(1)(a) is prejudice-based")
                .contains("[PrejudiceStatesItsLikelihood, FOIA s17(1)(c) with the prejudice test of the section cited]")
                .contains("ERROR the notice must state the right to apply to the Information Commissioner")
                .endsWith("2 error(s), 0 warning(s): fix the errors before sending\n");
    }

    @Test
    void checkGivesOneClearLineForABadDraft() {
        FoiTest.Result unknownField = run("{\"regime\":\"FOIA\",\"parts\":[],\"colour\":1}", "check", "-");
        FoiTest.Result badEnum = run("{\"regime\":\"FOIA\",\"parts\":[{\"outcome\":\"MAYBE\"}]}", "check", "-");
        FoiTest.Result badJson = run("{\"regime\":", "check", "-");
        FoiTest.Result badCitation = run("{\"regime\":\"FOIA\",\"parts\":[{\"outcome\":\"WITHHELD\","
                + "\"citations\":\"Section 99\"}]}", "check", "-");

        assertThat(unknownField.err()).startsWith("foi: standard input: ").contains("\"colour\"").doesNotContain("\n\n");
        assertThat(badEnum.err()).startsWith("foi: standard input: parts[0].outcome: ").contains("MAYBE");
        assertThat(badJson.err()).startsWith("foi: standard input: ");
        assertThat(badCitation.err()).isEqualTo("foi: standard input: parts[0].citations: 'Section 99': FOIA has no"
                + " section 99\n");
        for (FoiTest.Result result : new FoiTest.Result[] {unknownField, badEnum, badJson, badCitation}) {
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Test
    void checkReportsAMissingFile() {
        FoiTest.Result result = run("", "check", "no-such-draft.json");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("foi: no such file: no-such-draft.json\n");
    }
}
