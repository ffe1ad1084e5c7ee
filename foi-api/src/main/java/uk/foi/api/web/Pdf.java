package uk.foi.api.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** HTML letters to PDF with openhtmltopdf; jsoup first turns the letter's HTML5 into the XML document it needs. */
final class Pdf {

    private Pdf() {
    }

    static byte[] of(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out).run();
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the letter as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
