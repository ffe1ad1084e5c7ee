package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A record located for a request, uploaded in parts, searched for a third party's name and email address, and released
 * with both redacted under FOIA s40(2): the released file holds neither, and carries its redaction schedule.
 */
@MicronautTest(transactional = false)
class DocumentsIT extends ApiTestSupport {

    @Test
    void aLocatedRecordIsUploadedInPartsSearchedAndReleasedWithItsRedactionsGone() throws Exception {
        String id = intake("2023-10-02", "1. The custody review of March 2025.");
        byte[] pdf = located();
        assertThat(pdf.length).as("more than one part").isGreaterThan(512 * 1024);
        String docs = "/requests/" + id + "/documents";

        Api.Reply announced = api.post(CASEWORKER, docs, "{\"name\": \"custody-review.pdf\", \"size\": " + pdf.length
                + ", \"sha256\": \"" + sha256(pdf) + "\"}");
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        String doc = docs + "/" + announced.at("id");
        int parts = ((Number) announced.at("parts")).intValue();
        int partSize = ((Number) announced.at("partSize")).intValue();
        assertThat(parts).isEqualTo((pdf.length + partSize - 1) / partSize);

        for (int n = 1; n < parts; n++) {
            assertThat(put(doc, n, pdf, partSize).status()).isEqualTo(204);
        }
        Api.Reply early = api.post(CASEWORKER, doc + "/complete", "");
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.body()).contains("1 of its " + parts + " parts have not arrived");
        Api.Reply shortPart = api.put(CASEWORKER, doc + "/parts/0", "{\"data\": \""
                + Base64.getEncoder().encodeToString(new byte[10]) + "\"}");
        assertThat(shortPart.body()).contains("\"field\":\"data\"", "part 0 must be " + partSize + " bytes, not 10");
        assertThat(put(doc, 0, pdf, partSize).status()).isEqualTo(204);
        Api.Reply complete = api.post(CASEWORKER, doc + "/complete", "");
        assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
        assertThat(complete.at("complete")).isEqualTo(true);
        assertThat(bytes(doc + "/content")).as("joined exactly").isEqualTo(pdf);

        Api.Reply name = api.post(CASEWORKER, doc + "/search", "{\"text\": \"jane  doe\"}");
        Api.Reply email = api.post(CASEWORKER, doc + "/search", "{\"pattern\": \"EMAIL\"}");
        assertThat(name.body()).contains("\"text\":\"Jane Doe\"", "\"page\":1");
        assertThat(email.body()).contains("\"text\":\"jane.doe@example.police.uk\"");
        String redactions = Arrays.asList(name, email).stream().map(r -> ((List<?>) r.json()).get(0))
                .map(p -> (Map<?, ?>) p).map(p -> String.format(java.util.Locale.ROOT,
                        "{\"page\": %s, \"x\": %s, \"y\": %s, \"width\": %s, \"height\": %s, \"provision\": \"FOIA"
                                + " s40(2)\"}", p.get("page"), p.get("x"), p.get("y"), p.get("width"),
                        p.get("height"))).collect(java.util.stream.Collectors.joining(", "));
        Api.Reply released = api.put(CASEWORKER, doc + "/release", "{\"redactions\": [" + redactions + "]}");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.at("redactions")).isEqualTo(2);

        String text;
        try (PDDocument out = Loader.loadPDF(bytes(doc + "/release"))) {
            text = new PDFTextStripper().getText(out);
            assertThat(out.getDocumentInformation().getAuthor()).isNull();
        }
        assertThat(text).doesNotContain("Jane", "jane.doe").contains("The budget for 2025");
        assertThat(api.get(CASEWORKER, doc + "/release/schedule").body())
                .contains("Redaction schedule: custody-review.pdf", "FOIA s40(2)", "the document information");
        assertThat(api.get(CASEWORKER, docs).body()).contains("\"released\":true", "\"complete\":true");

        // On the disclosure log: nothing before the response is published; then its redacted version only
        String documentId = (String) announced.at("id");
        String reference = (String) api.get(CASEWORKER, "/requests/" + id).at("reference");
        String publicUrl = "/disclosure-log/" + reference + "/documents/" + documentId + "?authority=" + MET;
        assertThat(api.call(null, HttpRequest.GET(publicUrl)).status()).isEqualTo(404);
        answerAndPublish(id);
        assertThat(api.get(null, "/disclosure-log/" + reference + "?authority=" + MET).body())
                .contains("\"documents\":[{\"id\":\"" + documentId + "\",\"name\":\"custody-review.pdf\","
                        + "\"redactions\":2}]");
        byte[] published = client.toBlocking().retrieve(HttpRequest.GET(publicUrl).accept("application/pdf"),
                byte[].class);
        assertThat(published).isEqualTo(bytes(doc + "/release"));
        assertThat(api.call(null, HttpRequest.GET(publicUrl.replace(documentId, java.util.UUID.randomUUID()
                .toString()))).status()).isEqualTo(404);
    }

    @Test
    void aScanIsMadeAPageToRedactAndAnOfficeDocumentIsRefusedWithWhatToDo() throws Exception {
        String id = intake("2023-10-02", "1. The letter of complaint of March 2025.");
        String docs = "/requests/" + id + "/documents";
        BufferedImage scan = new BufferedImage(800, 1100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(scan, "png", png);
        String doc = upload(id, "scanned-letter.png", png.toByteArray());
        Api.Reply done = api.post(CASEWORKER, doc + "/complete", "");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        byte[] page = bytes(doc + "/content");
        assertThat(new String(page, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(page)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        Api.Reply released = api.put(CASEWORKER, doc + "/release", "{\"redactions\": [{\"page\": 1, \"x\": 100,"
                + " \"y\": 600, \"width\": 200, \"height\": 40, \"provision\": \"FOIA s40(2)\"}]}");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);

        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        Api.Reply office = api.post(CASEWORKER, upload(id, "letter.docx", docx) + "/complete", "");
        assertThat(office.status()).isEqualTo(400);
        assertThat(office.body()).contains("\"field\":\"document\"", "office document",
                "save it as PDF from the program that made it");
    }

    private void answerAndPublish(String id) {
        String base = "/requests/" + id;
        assertThat(api.post(CASEWORKER, base + "/parts/1/decision", """
                {"decisions": [{"outcome": "DISCLOSED", "answer": "The review, attached with names redacted."}]}""")
                .status()).isEqualTo(200);
        assertThat(api.post(CASEWORKER, base + "/response", "{}").status()).isEqualTo(200);
        assertThat(api.post(CASEWORKER, base + "/publication", """
                {"text": "1. The custody review of March 2025."}""").status()).isEqualTo(200);
    }

    @Test
    void documentsAreForCaseworkersAndManagersOfTheAuthorityOnly() throws Exception {
        String id = intake("2023-10-02", "1. The custody review of April 2025.");
        String docs = "/requests/" + id + "/documents";
        String body = "{\"name\": \"a.pdf\", \"size\": 10, \"sha256\": \"" + "0".repeat(64) + "\"}";
        assertThat(api.post(AUDITOR, docs, body).status()).isEqualTo(403);
        assertThat(api.post(ADMIN, docs, body).status()).isEqualTo(403);
        assertThat(api.post(OTHER_CASEWORKER, docs, body).status()).isEqualTo(404);
        Api.Reply wrongHash = api.post(MANAGER, docs, body.replace("0".repeat(64), "xyz"));
        assertThat(wrongHash.body()).contains("\"field\":\"sha256\"", "64 hexadecimal digits");
        Api.Reply tooBig = api.post(MANAGER, docs, body.replace("\"size\": 10", "\"size\": 60000000"));
        assertThat(tooBig.status()).isEqualTo(400);
        Api.Reply notPdf = api.post(MANAGER, docs, "{\"name\": \"notes.txt\", \"size\": 5, \"sha256\": \""
                + sha256("hello".getBytes()) + "\"}");
        String doc = docs + "/" + notPdf.at("id");
        assertThat(api.put(MANAGER, doc + "/parts/0", "{\"data\": \"aGVsbG8=\"}").status()).isEqualTo(204);
        Api.Reply refused = api.post(MANAGER, doc + "/complete", "");
        assertThat(refused.body()).contains("\"field\":\"document\"", "is not a PDF, PNG or JPEG");
        Api.Reply misnamed = api.post(MANAGER, docs, "{\"name\": \"b.pdf\", \"size\": 5, \"sha256\": \""
                + "ab".repeat(32) + "\"}");
        String other = docs + "/" + misnamed.at("id");
        assertThat(api.put(MANAGER, other + "/parts/0", "{\"data\": \"aGVsbG8=\"}").status()).isEqualTo(204);
        assertThat(api.post(MANAGER, other + "/complete", "").body()).contains("\"field\":\"sha256\"",
                "the parts joined are 5 bytes with SHA-256 " + sha256("hello".getBytes()) + ", not what was announced");
        assertThat(api.post(MANAGER, doc + "/search", "{\"text\": \"hello\"}").status())
                .as("nothing is read from a document that did not check out").isEqualTo(409);
        assertThat(api.get(MANAGER, doc + "/release/schedule").body()).contains("no version of notes.txt");
    }

    private Api.Reply put(String doc, int n, byte[] pdf, int partSize) {
        byte[] part = Arrays.copyOfRange(pdf, n * partSize, Math.min(pdf.length, (n + 1) * partSize));
        return api.put(CASEWORKER, doc + "/parts/" + n, "{\"data\": \"" + Base64.getEncoder().encodeToString(part)
                + "\"}");
    }

    private byte[] bytes(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(api.token(CASEWORKER))
                .accept("application/pdf"), byte[].class);
    }

    /** Her name and address on page 1 with a photograph of noise (to need several parts); page 2 without her. */
    private static byte[] located() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            BufferedImage noise = new BufferedImage(420, 420, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(7);
            for (int x = 0; x < 420; x++) {
                for (int y = 0; y < 420; y++) {
                    noise.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, one)) {
                s.drawImage(LosslessFactory.createFromImage(doc, noise), 72, 100, 300, 300);
                s.beginText();
                s.setFont(font, 11);
                s.newLineAtOffset(72, 730);
                s.showText("The detainee was seen by Jane Doe, the duty inspector (jane.doe@example.police.uk).");
                s.endText();
            }
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream s = new PDPageContentStream(doc, two)) {
                s.beginText();
                s.setFont(font, 11);
                s.newLineAtOffset(72, 730);
                s.showText("The budget for 2025 was 1.2 million pounds.");
                s.endText();
            }
            doc.getDocumentInformation().setAuthor("Jane Doe");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
