package uk.foi.records.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A record located for a request, made ready to redact: a PDF as it is; a photograph or scan (PNG, JPEG) as a one-page
 * A4 PDF holding it, scaled to fit with a 1 cm margin, so it is redacted and released like any page; anything else
 * refused with what to do instead. Office documents are refused rather than converted: converting Word or Excel
 * faithfully needs an office suite, and a conversion that moved a line would move what a redaction box covers. The
 * kind is read from the file's first bytes, never its name.
 */
public final class LocatedRecord {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final float MARGIN = 28.35f;

    private LocatedRecord() {
    }

    /** A record this toolkit does not take, with what to do instead. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /**
     * A record as a PDF.
     *
     * @param pdf           the PDF to redact
     * @param convertedFrom what it was converted from ("PNG", "JPEG"), or null if it was a PDF
     */
    public record AsPdf(byte[] pdf, String convertedFrom) {
    }

    /**
     * @param bytes the record as uploaded
     * @return it as a PDF to redact
     * @throws Unsupported if it is neither a PDF nor a PNG or JPEG image, or cannot be read as one
     */
    public static AsPdf asPdf(byte[] bytes) throws Unsupported {
        if (startsWith(bytes, PDF)) {
            return new AsPdf(bytes, null);
        }
        if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) {
            String kind = startsWith(bytes, PNG) ? "PNG" : "JPEG";
            return new AsPdf(imageAsPdf(bytes, kind), kind);
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
            throw new Unsupported("is an office document (Word, Excel, PowerPoint or similar), which is not converted"
                    + " here: save it as PDF from the program that made it and upload the PDF");
        }
        throw new Unsupported("is not a PDF, PNG or JPEG: save or scan it as one of those and upload that");
    }

    private static byte[] imageAsPdf(byte[] image, String kind) throws Unsupported {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDImageXObject picture = PDImageXObject.createFromByteArray(doc, image, kind.toLowerCase());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float height = PDRectangle.A4.getHeight() - 2 * MARGIN;
            float scale = Math.min(width / picture.getWidth(), height / picture.getHeight());
            float w = picture.getWidth() * scale;
            float h = picture.getHeight() * scale;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(picture, MARGIN + (width - w) / 2, MARGIN + (height - h), w, h);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | IllegalArgumentException e) {
            throw new Unsupported("looks like a " + kind + " image but cannot be read as one: " + e.getMessage());
        }
    }

    /**
     * @param pdf a PDF
     * @return its number of pages, once it is known to open and not to be encrypted
     * @throws Unsupported if it cannot be read or is encrypted
     */
    public static int pages(byte[] pdf) throws Unsupported {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new Unsupported("the PDF is encrypted: upload an unprotected copy to redact");
            }
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new Unsupported("is not a PDF that can be read: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
