package uk.foi.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A letter as a PDF that a public body may publish and send: tagged PDF/UA-1 (ISO 14289-1), so that screen readers
 * follow its headings, paragraphs and lists in order; the document language and title taken from the letter's
 * {@code <html lang>} and {@code <title>}; every glyph from an embedded font (DejaVu Sans, from the
 * jasperreports-fonts jar under the DejaVu fonts licence, since PDF/UA allows no unembedded font and the base-14
 * fonts are not embedded); and a reference number never broken across lines.
 *
 * <p>Why this matters: the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
 * 2018 expect documents published by public bodies (the disclosure log publishes these letters) to be accessible;
 * an untagged PDF is not. A test validates every kind of letter with veraPDF against PDF/UA-1.
 *
 * <p>Stateless and thread-safe: each call renders afresh.
 */
public final class LetterPdf {

    /** The family the PDF sets every element in. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    /** Producer written into the PDF's metadata. */
    private static final String PRODUCER = "FOI toolkit (openhtmltopdf)";

    private LetterPdf() {
    }

    /**
     * @param letter a letter
     * @return its HTML form as a tagged PDF/UA-1 document
     */
    public static byte[] render(Letter letter) {
        return render(letter.html());
    }

    /**
     * @param html a complete HTML document; its {@code lang} and {@code <title>} become the PDF's language and title
     *             (English and "Letter" if it has none)
     * @return the PDF
     * @throws IllegalStateException if the document cannot be rendered
     */
    public static byte[] render(String html) {
        Objects.requireNonNull(html, "html");
        Document document = Jsoup.parse(html);
        Element root = document.selectFirst("html");
        if (root != null && root.attr("lang").isBlank()) {
            root.attr("lang", "en-GB");
        }
        if (document.title().isBlank()) {
            document.title("Letter");
        }
        document.head().appendElement("style").text("html, body, body * { font-family: '" + FONT_FAMILY
                + "' !important; } .reference { white-space: nowrap; }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
                    .withProducer(PRODUCER);
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "/").toStream(out).run();
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the letter as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = LetterPdf.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath"
                        + " (net.sf.jasperreports:jasperreports-fonts)");
            }
            return in;
        }, FONT_FAMILY, weight, style, true);
    }
}
