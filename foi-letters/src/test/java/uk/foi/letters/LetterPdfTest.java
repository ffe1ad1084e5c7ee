package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.ReviewResult;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;

/**
 * Every kind of letter, rendered as PDF, is validated by veraPDF against PDF/UA-1 (ISO 14289-1, the Matterhorn
 * checks veraPDF implements) and read back with PDFBox as a person's tools would: every font embedded, the document's
 * language and title set, and the reference on one line.
 */
class LetterPdfTest {

    static final LetterWriter WRITER = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(),
            LetterTemplates.bundled());

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> letters() {
        List<Arguments> letters = new ArrayList<>();
        for (Seeds.Seed seed : Seeds.all()) {
            letters.add(Arguments.of("response, seed " + seed.name(), seed.request().reference(),
                    SeedLettersTest.letter(seed)));
        }
        Seeds.Seed seed = Seeds.seed000();
        FoiRequest r = seed.request();
        LocalDate on = r.receivedOn().plusDays(2);
        Optional<uk.foi.core.request.Requester> requester = Optional.of(seed.requester());
        letters.add(Arguments.of("acknowledgement", r.reference(),
                WRITER.acknowledgement(seed.authority(), r, requester, on)));
        letters.add(Arguments.of("clarification", r.reference(),
                WRITER.clarification(seed.authority(), r, requester, "Which years do you mean?", on)));
        letters.add(Arguments.of("fees notice", r.reference(), WRITER.feesNotice(seed.authority(), r, requester,
                1250, on)));
        letters.add(Arguments.of("extension", r.reference(), WRITER.extension(seed.authority(), r, requester,
                List.of(Citation.parse("FOIA s31(1)(a)")), on)));
        Seeds.Seed reviewedSeed = Seeds.seed003();
        FoiRequest reviewed = ReviewOutcomeLetterTest.reviewed(reviewedSeed, ReviewResult.UPHELD, List.of());
        letters.add(Arguments.of("review outcome", reviewed.reference(), WRITER.reviewOutcome(
                reviewedSeed.authority(), reviewed, Optional.empty(), "The redactions go too far.",
                LocalDate.of(2023, 10, 9), "The response stands.", LocalDate.of(2023, 11, 3))));
        for (uk.foi.deadlines.Regime regime : List.of(uk.foi.deadlines.Regime.FOIA, uk.foi.deadlines.Regime.EISR)) {
            FoiRequest notHeld = NotHeldLetterTest.nothingHeld(uk.foi.core.fixtures.CoreFixtures.authority(regime));
            letters.add(Arguments.of("not held, " + regime, notHeld.reference(), WRITER.notHeld(
                    uk.foi.core.fixtures.CoreFixtures.authority(regime), notHeld, requester, on)));
        }
        return letters.stream();
    }

    /** The clauses of PDF/UA-1 the document fails, as veraPDF reports them; empty if it is compliant. */
    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage()).distinct().toList();
            assertThat(result.isCompliant()).isEqualTo(failures.isEmpty());
            return failures;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void everyLetterIsAValidPdfUaDocument(String kind, String reference, Letter letter) throws Exception {
        byte[] pdf = LetterPdf.render(letter);
        Path written = Path.of("target", "letters", kind.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf");
        Files.createDirectories(written.getParent());
        Files.write(written, pdf); // to look at, as a person would

        assertThat(pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failures for the %s", kind).isEmpty();
    }

    @Test
    void theValidatorRejectsWhatTheLettersUsedToBeAnUntaggedPdfWithBuiltInFonts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRendererBuilder().useFastMode().withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(
                SeedLettersTest.letter(Seeds.seed000()).html())), "/").toStream(out).run();

        assertThat(pdfUaFailures(out.toByteArray())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void fontsAreEmbeddedTheLanguageAndTitleAreSetAndTheReferenceStaysOnOneLine(String kind, String reference,
            Letter letter) throws Exception {
        try (PDDocument document = Loader.loadPDF(LetterPdf.render(letter))) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s on a page of the %s", font.getName(), kind).isTrue();
                }
            }
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).contains(reference);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("the reference is never split across lines").contains(reference);
        }
    }
}
