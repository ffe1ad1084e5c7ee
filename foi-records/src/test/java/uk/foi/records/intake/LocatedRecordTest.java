package uk.foi.records.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records made ready to redact: PDFs as they are, photographs and scans as a page, the rest refused with why. */
class LocatedRecordTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg"})
    void aPhotographOrScanBecomesOneA4PageHoldingIt(String format) throws Exception {
        BufferedImage scan = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(scan, format, bytes);

        LocatedRecord.AsPdf made = LocatedRecord.asPdf(bytes.toByteArray());

        assertThat(made.convertedFrom()).isEqualTo(format.equals("png") ? "PNG" : "JPEG");
        try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            var names = pdf.getPage(0).getResources().getXObjectNames();
            assertThat(names).hasSize(1);
            PDImageXObject image = (PDImageXObject) pdf.getPage(0).getResources().getXObject(names.iterator().next());
            assertThat(image.getWidth()).isEqualTo(1200);
        }
        assertThat(LocatedRecord.pages(made.pdf())).isEqualTo(1);
    }

    @Test
    void aPdfIsTakenAsItIs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
        }
        LocatedRecord.AsPdf same = LocatedRecord.asPdf(out.toByteArray());
        assertThat(same.pdf()).isEqualTo(out.toByteArray());
        assertThat(same.convertedFrom()).isNull();
    }

    @Test
    void officeDocumentsAndOtherFilesAreRefusedWithWhatToDo() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        assertThatThrownBy(() -> LocatedRecord.asPdf(docx)).hasMessageContaining("office document")
                .hasMessageContaining("save it as PDF");
        assertThatThrownBy(() -> LocatedRecord.asPdf(doc)).hasMessageContaining("office document");
        assertThatThrownBy(() -> LocatedRecord.asPdf("hello".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a PDF, PNG or JPEG");
        byte[] brokenPng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThatThrownBy(() -> LocatedRecord.asPdf(brokenPng)).hasMessageContaining("cannot be read as one");
        assertThatThrownBy(() -> LocatedRecord.pages("%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a PDF that can be read");
    }
}
