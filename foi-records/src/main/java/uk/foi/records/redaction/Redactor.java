package uk.foi.records.redaction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Redacts PDFs for release, truly: what lies under a redaction is gone from the file, not covered by a box that can be
 * lifted, selected or copied ("ineffective redaction" in the Information Commissioner's guide How to disclose
 * information safely, 2018; see docs/records.md).
 * <p>
 * How: each redaction is painted as a black box marked with its provision onto its page, and every page that has a
 * redaction is then replaced by a picture of itself ({@link #DPI} dots per inch): its text, its vector drawings, its
 * images, its annotations and anything hidden under or behind the box are not in the released file. Pages without a
 * redaction are kept as they were, text and all. Then what the file carries besides its pages is removed: the document
 * information (author, title, the software that made it), the XMP metadata, comments and other annotations except
 * links, form fields (flattened first, so what was typed in them still shows), attachments, scripts and the action run
 * on opening.
 * <p>
 * A redacted page cannot be searched or read aloud as text; this is the price of a redaction that cannot leak, and
 * the redaction schedule lists what was withheld in words. (Removing only the glyphs under a box, and keeping the rest
 * of the page as text, is the next step: it needs each text-showing operator rewritten glyph by glyph.)
 */
public final class Redactor {

    /** The resolution redacted pages are kept at: legible when printed, about 0.2 to 0.5 MB a page. */
    public static final float DPI = 150;

    private Redactor() {
    }

    /**
     * A redacted document.
     *
     * @param pdf      the file to release
     * @param schedule what was redacted, where and why
     */
    public record Released(byte[] pdf, RedactionSchedule schedule) {
    }

    /**
     * @param name       the document's name, for the schedule
     * @param pdf        the document as located
     * @param redactions what to remove
     * @return the document to release, and its schedule
     * @throws IOException              if the document cannot be read (not a PDF, damaged, or encrypted)
     * @throws IllegalArgumentException if a redaction is on a page the document does not have
     */
    public static Released redact(String name, byte[] pdf, List<Redaction> redactions) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new IOException(name + " is encrypted: ask for an unprotected copy to redact");
            }
            Map<Integer, List<Redaction>> byPage = new TreeMap<>();
            for (Redaction r : redactions) {
                if (r.page() > doc.getNumberOfPages()) {
                    throw new IllegalArgumentException("a redaction is on page " + r.page() + " of " + name
                            + ", which has " + doc.getNumberOfPages() + " page" + (doc.getNumberOfPages() == 1 ? ""
                            : "s"));
                }
                byPage.computeIfAbsent(r.page(), p -> new ArrayList<>()).add(r);
            }
            List<String> removed = new ArrayList<>();
            flattenForms(doc, removed);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (var page : byPage.entrySet()) {
                replaceWithPicture(doc, renderer, page.getKey() - 1, page.getValue());
            }
            stripAnnotations(doc, removed);
            stripDocumentLevel(doc, removed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Released(out.toByteArray(), new RedactionSchedule(name, redactions, removed));
        }
    }

    private static void flattenForms(PDDocument doc, List<String> removed) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            form.flatten();
            doc.getDocumentCatalog().setAcroForm(null);
            removed.add("form fields (their values kept as text on the page)");
        }
    }

    /** Paints the boxes onto the page, renders it, and puts the picture in its place. */
    private static void replaceWithPicture(PDDocument doc, PDFRenderer renderer, int index, List<Redaction> boxes)
            throws IOException {
        PDPage page = doc.getPage(index);
        PDType1Font label = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDPageContentStream paint = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            for (Redaction r : boxes) {
                Area a = r.area();
                paint.setNonStrokingColor(0f, 0f, 0f);
                paint.addRect((float) a.x(), (float) a.y(), (float) a.width(), (float) a.height());
                paint.fill();
                float size = (float) Math.min(9, a.height() * 0.7);
                String mark = r.provision();
                if (label.getStringWidth(mark) / 1000 * size > a.width() - 2) {
                    mark = mark.substring(mark.lastIndexOf(' ') + 1); // "s40(2)" where "FOIA s40(2)" does not fit
                }
                float width = label.getStringWidth(mark) / 1000 * size;
                if (size >= 4 && width <= a.width() - 2) {
                    paint.beginText();
                    paint.setNonStrokingColor(1f, 1f, 1f);
                    paint.setFont(label, size);
                    paint.newLineAtOffset((float) (a.x() + (a.width() - width) / 2),
                            (float) (a.y() + (a.height() - size * 0.7) / 2));
                    paint.showText(mark);
                    paint.endText();
                }
            }
        }
        BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
        PDRectangle size = new PDRectangle(image.getWidth() * 72f / DPI, image.getHeight() * 72f / DPI);
        PDPage picture = new PDPage(size);
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream draw = new PDPageContentStream(doc, picture)) {
            draw.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
        }
        doc.getPages().insertBefore(picture, page);
        doc.getPages().remove(page);
    }

    private static void stripAnnotations(PDDocument doc, List<String> removed) throws IOException {
        int count = 0;
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink) {
                    kept.add(a);
                } else {
                    count++;
                }
            }
            if (kept.isEmpty()) {
                page.getCOSObject().removeItem(COSName.ANNOTS);
            } else {
                page.setAnnotations(kept);
            }
            page.getCOSObject().removeItem(COSName.getPDFName("Thumb"));
            page.getCOSObject().removeItem(COSName.METADATA);
            page.getCOSObject().removeItem(COSName.PIECE_INFO);
        }
        if (count > 0) {
            removed.add(count + " comment" + (count == 1 ? "" : "s") + " and other annotations");
        }
    }

    private static void stripDocumentLevel(PDDocument doc, List<String> removed) {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (!info.getCOSObject().keySet().isEmpty()) {
            removed.add("the document information (" + String.join(", ", info.getCOSObject().keySet().stream()
                    .map(COSName::getName).sorted().toList()) + ")");
        }
        doc.setDocumentInformation(new PDDocumentInformation());
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (catalog.getMetadata() != null) {
            removed.add("the XMP metadata");
            catalog.setMetadata(null);
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && (names.getEmbeddedFiles() != null || names.getJavaScript() != null)) {
            removed.add("attachments and scripts");
            catalog.setNames(null);
        }
        if (catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)) {
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            removed.add("the action run on opening");
        }
        catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
        doc.getDocument().getTrailer().removeItem(COSName.ID);
    }
}
