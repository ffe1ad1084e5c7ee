package uk.foi.records.redaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds what to redact by searching a document's text: every occurrence of a name, an email address, a telephone
 * number, any pattern. Each occurrence becomes a {@link Proposal} over the glyphs that show it (one per line it runs
 * on), for staff to accept with a provision. A document whose text is only an image (a scan) has nothing to find: its
 * redactions are drawn by area.
 * <p>
 * The areas are exact for pages drawn upright (no /Rotate); on a rotated page they follow the text as it is read, which
 * the redactor's rendering turns with the page.
 */
public final class RedactionSearch {

    /** Email addresses, as a person types them. */
    public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** UK telephone numbers: 01/02/03/07/08 numbers of ten or eleven digits, spaced or not, or +44 ones. */
    public static final Pattern UK_PHONE = Pattern.compile("(?:\\+44\\s?|\\b0)(?:\\d\\s?){9,10}\\b");

    /** Points added around the glyphs found, so that nothing of them is left at the edges. */
    static final double MARGIN = 1.5;

    private RedactionSearch() {
    }

    /**
     * @param pdf     the document
     * @param literal text to find, such as a name, matched ignoring case and with any run of spaces between words
     * @return where it occurs, in page order
     * @throws IOException if the document cannot be read
     */
    public static List<Proposal> find(byte[] pdf, String literal) throws IOException {
        String[] words = literal.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(w));
        }
        return find(pdf, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * @param pdf     the document
     * @param pattern what to find
     * @return where it occurs, in page order
     * @throws IOException if the document cannot be read
     */
    public static List<Proposal> find(byte[] pdf, Pattern pattern) throws IOException {
        List<Proposal> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PageText text = PageText.of(doc, p);
                Matcher m = pattern.matcher(text.chars);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        found.addAll(text.proposals(p, m.start(), m.end(), doc.getPage(p - 1)));
                    }
                }
            }
        }
        return found;
    }

    /** One page's text, each character with the glyph that shows it (null for the spaces and line ends put in). */
    private static final class PageText extends PDFTextStripper {

        final StringBuilder chars = new StringBuilder();
        final List<TextPosition> glyphs = new ArrayList<>();

        static PageText of(PDDocument doc, int page) throws IOException {
            PageText t = new PageText();
            t.setSortByPosition(true);
            t.setStartPage(page);
            t.setEndPage(page);
            t.getText(doc);
            return t;
        }

        private PageText() {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition tp : positions) {
                String unicode = tp.getUnicode();
                for (int i = 0; i < unicode.length(); i++) {
                    chars.append(unicode.charAt(i));
                    glyphs.add(tp);
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            chars.append(' ');
            glyphs.add(null);
        }

        @Override
        protected void writeLineSeparator() {
            chars.append('\n');
            glyphs.add(null);
        }

        /** The areas of the characters from start to end, one per line, in the page's coordinates. */
        List<Proposal> proposals(int page, int start, int end, PDPage pdPage) {
            PDRectangle crop = pdPage.getCropBox();
            List<Proposal> out = new ArrayList<>();
            Area line = null;
            int lineStart = start;
            float lineY = Float.NaN;
            for (int i = start; i < end; i++) {
                TextPosition tp = glyphs.get(i);
                if (tp == null) {
                    continue;
                }
                float fs = Math.max(tp.getFontSizeInPt(), tp.getHeightDir());
                Area box = new Area(crop.getLowerLeftX() + tp.getXDirAdj(),
                        crop.getUpperRightY() - tp.getYDirAdj() - 0.3 * fs, Math.max(tp.getWidthDirAdj(), 0.1), 1.3 * fs);
                if (line != null && Math.abs(tp.getYDirAdj() - lineY) > 1) {
                    out.add(new Proposal(page, line.grow(MARGIN), chars.substring(lineStart, i).strip()));
                    line = null;
                    lineStart = i;
                }
                line = line == null ? box : line.union(box);
                lineY = tp.getYDirAdj();
            }
            if (line != null) {
                out.add(new Proposal(page, line.grow(MARGIN), chars.substring(lineStart, end).strip()));
            }
            return out;
        }
    }
}
