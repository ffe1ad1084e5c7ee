package uk.foi.records.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * True redaction: a test finds a third party's name and email address in a located document, redacts them under
 * FOIA s40(2), and proves the released file holds them nowhere: not in its text, not in any of its streams decoded,
 * not in its metadata or comments, while the page without a redaction keeps its text.
 */
class RedactorTest {

    static final String NAME = "Jane Doe";
    static final String EMAIL = "jane.doe@example.police.uk";

    @Test
    void whatIsUnderARedactionIsGoneFromTheReleasedFileNotCovered() throws IOException {
        byte[] located = located();
        List<Proposal> proposals = new ArrayList<>(RedactionSearch.find(located, NAME));
        proposals.addAll(RedactionSearch.find(located, RedactionSearch.EMAIL));
        assertThat(proposals).extracting(Proposal::page, Proposal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Jane Doe"),
                        org.assertj.core.groups.Tuple.tuple(1, EMAIL));

        Redactor.Released released = Redactor.redact("custody-review.pdf", located,
                proposals.stream().map(p -> p.as("FOIA s40(2)")).toList());

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/redacted-example.pdf"), released.pdf()); // to look at
        String text = text(released.pdf());
        assertThat(text).doesNotContain("Jane", "Doe", "jane.doe", "example.police.uk")
                .contains("The budget for 2025 was 1.2 million pounds.");
        assertThat(decodedStreams(released.pdf())).as("no stream of the file holds them, however it is read")
                .doesNotContain("Jane", "jane.doe", "Doe)");
        try (PDDocument doc = Loader.loadPDF(released.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentInformation().getTitle()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
            assertThat(doc.getPage(1).getAnnotations()).as("the comment naming her").isEmpty();
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            Area name = proposals.get(0).area();
            int x = (int) (name.x() + 2);
            int y = (int) (PDRectangle.A4.getHeight() - name.y() - name.height() / 2);
            assertThat(page1.getRGB(x, y) & 0xFFFFFF).as("the box is drawn where her name was").isEqualTo(0);
        }
        assertThat(released.schedule().redactions()).hasSize(2)
                .allSatisfy(r -> assertThat(r.provision()).isEqualTo("FOIA s40(2)"));
        assertThat(released.schedule().toText()).contains("Redaction schedule: custody-review.pdf", "FOIA s40(2)")
                .contains("the document information (Author, Title)", "the XMP metadata",
                        "1 comment and other annotations");
    }

    @Test
    void anAreaIsRedactedWhateverItHoldsAndTheRestOfThePageStays() throws IOException {
        // The officer's signature line, by area: 72..300 across, around the line at 700.
        Redactor.Released released = Redactor.redact("memo.pdf", located(),
                List.of(new Redaction(1, new Area(60, 640, 400, 20), "FOIA s31(1)(a)")));
        assertThat(text(released.pdf())).doesNotContain("Signed for the custody review")
                .contains("The budget for 2025");
    }

    @Test
    void aRedactionOffTheDocumentOrWithoutAProvisionIsRefusedInWords() throws IOException {
        byte[] located = located();
        assertThatThrownBy(() -> Redactor.redact("memo.pdf", located,
                List.of(new Redaction(3, new Area(0, 0, 10, 10), "FOIA s40(2)"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a redaction is on page 3 of memo.pdf, which has 2 pages");
        assertThatThrownBy(() -> new Redaction(1, new Area(0, 0, 10, 10), " "))
                .hasMessageContaining("every redaction needs the provision it relies on");
        assertThatThrownBy(() -> new Area(0, 0, 0, 10)).hasMessageContaining("a size above zero");
        assertThatThrownBy(() -> Redactor.redact("notes.txt", "not a PDF".getBytes(StandardCharsets.UTF_8),
                List.of())).isInstanceOf(IOException.class);
    }

    /** A two-page document as located: her name and address on page 1, a comment naming her on page 2. */
    static byte[] located() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream s = new PDPageContentStream(doc, one)) {
                line(s, font, 760, "Custody review, March 2025");
                line(s, font, 730, "The detainee was seen by Jane Doe, the duty inspector, at 14:20.");
                line(s, font, 700, "Questions about this review go to " + EMAIL + " by Friday.");
                line(s, font, 650, "Signed for the custody review team");
            }
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream s = new PDPageContentStream(doc, two)) {
                line(s, font, 760, "The budget for 2025 was 1.2 million pounds.");
            }
            PDAnnotationText comment = new PDAnnotationText();
            comment.setContents("Check this with Jane Doe before release");
            comment.setRectangle(new PDRectangle(100, 700, 20, 20));
            two.getAnnotations().add(comment);
            doc.getDocumentInformation().setAuthor(NAME);
            doc.getDocumentInformation().setTitle("Custody review: " + NAME);
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/"
                    + "1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<dc:creator>Jane Doe</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            byte[] bytes = out.toByteArray();
            assertThat(text(bytes)).as("the test document holds what is to be redacted").contains(NAME, EMAIL);
            assertThat(decodedStreams(bytes)).contains("Jane");
            return bytes;
        }
    }

    private static void line(PDPageContentStream s, PDType1Font font, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, 11);
        s.newLineAtOffset(72, y);
        s.showText(text);
        s.endText();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder(new PDFTextStripper().getText(doc));
            doc.getPages().forEach(p -> {
                try {
                    p.getAnnotations().forEach(a -> all.append(a.getContents()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return all.toString();
        }
    }

    /** Every stream of the file decoded, and the file's own bytes, as text. */
    static String decodedStreams(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                COSBase base = o.getObject();
                if (base instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return all.toString();
    }
}
