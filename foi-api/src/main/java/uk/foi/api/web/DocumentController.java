package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.api.application.DocumentService;
import uk.foi.api.application.Roles;
import uk.foi.api.store.Documents;
import uk.foi.records.redaction.Area;
import uk.foi.records.redaction.Proposal;
import uk.foi.records.redaction.Redaction;
import uk.foi.records.redaction.RedactionSearch;

/**
 * The records located for a request: uploaded to its case in parts, redacted for release (foi-records: what lies
 * under a redaction is removed from the file, each redaction with its provision, and a redaction schedule). Documents
 * may hold anyone's personal data: caseworkers and managers only.
 * <p>
 * An upload is announced (name, size, SHA-256), sent in parts of {@value #PART_SIZE} bytes as base64 (so every request
 * body stays under the API's 1 MB limit, which guards it against hostile input), and completed: the parts are joined,
 * and the result must have the size and SHA-256 announced and be a PDF.
 */
@Controller("/requests/{id}/documents")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class DocumentController {

    /** The size of every part but the last. */
    public static final int PART_SIZE = DocumentService.PART_SIZE;
    /** The largest document taken: 50 MB. */
    public static final long MAX_SIZE = DocumentService.MAX_SIZE;

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * @param name   the file name, such as custody-review.pdf
     * @param size   its size in bytes
     * @param sha256 its SHA-256, in hex, checked when the upload completes
     */
    @Serdeable
    public record NewDocument(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(MAX_SIZE) Long size,
            @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits") String sha256) {
    }

    /** @param data the part's bytes, base64 */
    @Serdeable
    public record Part(@NotNull @Size(max = 700_000) String data) {
    }

    /**
     * A document of a request.
     *
     * @param id         its id
     * @param name       its file name
     * @param size       its size in bytes
     * @param sha256     its SHA-256
     * @param parts      how many parts it is sent in
     * @param partSize   the size of every part but the last
     * @param complete   whether it has arrived whole
     * @param uploadedBy who uploaded it
     * @param released   whether a version to release has been made
     */
    @Serdeable
    public record DocumentView(String id, String name, long size, String sha256, int parts, int partSize,
            boolean complete, String uploadedBy, boolean released) {
    }

    /**
     * One area to redact.
     *
     * @param page      the page, from 1
     * @param x         its left edge, in points from the page's lower left
     * @param y         its bottom edge
     * @param width     its width
     * @param height    its height
     * @param provision the provision relied on, such as FOIA s40(2)
     */
    @Serdeable
    public record RedactionBody(@NotNull @Min(1) Integer page, @NotNull Double x, @NotNull Double y,
            @NotNull Double width, @NotNull Double height, @NotBlank @Size(max = Redaction.MAX_PROVISION)
            String provision) {
    }

    /** @param redactions the areas to redact, each with its provision */
    @Serdeable
    public record ReleaseBody(@NotNull @Size(max = 2_000) List<@NotNull @Valid RedactionBody> redactions) {
    }

    /**
     * @param redactions how many redactions the released version has
     * @param schedule   its redaction schedule
     */
    @Serdeable
    public record ReleaseView(int redactions, String schedule) {
    }

    /**
     * What to search for.
     *
     * @param text    words, such as a name (any case, any spacing)
     * @param pattern or one of the patterns: EMAIL, UK_PHONE
     */
    @Serdeable
    public record SearchBody(@Nullable @Size(max = 200) String text, @Nullable KnownPattern pattern) {
    }

    /** The patterns a search can use. */
    public enum KnownPattern {
        /** email addresses */
        EMAIL,
        /** UK telephone numbers */
        UK_PHONE
    }

    /**
     * An area a search found.
     *
     * @param page   the page
     * @param x      left
     * @param y      bottom
     * @param width  width
     * @param height height
     * @param text   what was found there
     */
    @Serdeable
    public record ProposalView(int page, double x, double y, double width, double height, String text) {
    }

    /**
     * Announces a document.
     *
     * @param auth a caseworker or manager
     * @param id   the request
     * @param body its name, size and SHA-256
     * @return 201 with the document and how to send its parts
     */
    @Post
    public HttpResponse<DocumentView> announce(Authentication auth, @PathVariable String id,
            @Valid @Body NewDocument body) {
        DocumentService.Listed d = documents.announce(Callers.of(auth), RequestController.requestId(id), body.name(),
                body.size(), body.sha256());
        return HttpResponse.created(view(d), URI.create("/requests/" + id + "/documents/" + d.document().id()));
    }

    /**
     * @param auth a caseworker or manager
     * @param id   the request
     * @return its documents, oldest first
     */
    @Get
    public List<DocumentView> list(Authentication auth, @PathVariable String id) {
        return documents.list(Callers.of(auth), RequestController.requestId(id)).stream()
                .map(DocumentController::view).toList();
    }

    /**
     * Sends one part (again, if it failed).
     *
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @param n        the part, from 0
     * @param body     its bytes, base64
     * @return 204
     */
    @Put("/{document}/parts/{n}")
    public HttpResponse<Void> part(Authentication auth, @PathVariable String id, @PathVariable String document,
            @PathVariable int n, @Valid @Body Part body) {
        documents.putPart(Callers.of(auth), RequestController.requestId(id), document, n, body.data());
        return HttpResponse.noContent();
    }

    /**
     * Completes an upload: joins the parts and checks them against what was announced, and that they make a PDF.
     *
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return it, complete
     */
    @Post("/{document}/complete")
    public DocumentView complete(Authentication auth, @PathVariable String id, @PathVariable String document) {
        return view(documents.complete(Callers.of(auth), RequestController.requestId(id), document));
    }

    /**
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return it as located, unredacted
     */
    @Get("/{document}/content")
    @Produces("application/pdf")
    public HttpResponse<byte[]> content(Authentication auth, @PathVariable String id, @PathVariable String document) {
        return pdf(documents.content(Callers.of(auth), RequestController.requestId(id), document));
    }

    /**
     * Finds what to redact.
     *
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @param body     words or a pattern
     * @return the areas where they are
     */
    @Post("/{document}/search")
    public List<ProposalView> search(Authentication auth, @PathVariable String id, @PathVariable String document,
            @Valid @Body SearchBody body) {
        List<Proposal> found = documents.search(Callers.of(auth), RequestController.requestId(id), document,
                Optional.ofNullable(body.text()), Optional.ofNullable(body.pattern()).map(p -> switch (p) {
                    case EMAIL -> RedactionSearch.EMAIL;
                    case UK_PHONE -> RedactionSearch.UK_PHONE;
                }));
        return found.stream().map(p -> new ProposalView(p.page(), p.area().x(), p.area().y(), p.area().width(),
                p.area().height(), p.text())).toList();
    }

    /**
     * Makes the version to release: the document with every redaction removed from the file, and its schedule.
     * Replaces any version made before.
     *
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @param body     the redactions
     * @return how many, and the schedule
     */
    @Put("/{document}/release")
    public ReleaseView release(Authentication auth, @PathVariable String id, @PathVariable String document,
            @Valid @Body ReleaseBody body) {
        List<Redaction> redactions = new ArrayList<>();
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.redactions().size(); i++) {
            RedactionBody r = body.redactions().get(i);
            try {
                redactions.add(new Redaction(r.page(), new Area(r.x(), r.y(), r.width(), r.height()), r.provision()));
            } catch (IllegalArgumentException e) {
                errors.add(new ApiProblem.FieldError("redactions[" + i + "]", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        Documents.Release made = documents.release(Callers.of(auth), RequestController.requestId(id), document,
                redactions);
        return new ReleaseView(made.redactions(), made.schedule());
    }

    /**
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return the version to release, as a PDF
     */
    @Get("/{document}/release")
    @Produces("application/pdf")
    public HttpResponse<byte[]> released(Authentication auth, @PathVariable String id, @PathVariable String document) {
        return pdf(documents.released(Callers.of(auth), RequestController.requestId(id), document).pdf());
    }

    /**
     * @param auth     a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return its redaction schedule
     */
    @Get("/{document}/release/schedule")
    @Produces(MediaType.TEXT_PLAIN)
    public String schedule(Authentication auth, @PathVariable String id, @PathVariable String document) {
        return documents.released(Callers.of(auth), RequestController.requestId(id), document).schedule();
    }

    private static HttpResponse<byte[]> pdf(byte[] bytes) {
        return HttpResponse.ok(bytes).contentType(MediaType.of("application/pdf"));
    }

    private static DocumentView view(DocumentService.Listed listed) {
        Documents.Document d = listed.document();
        return new DocumentView(d.id().toString(), d.name(), d.size(), d.sha256(), d.parts(), PART_SIZE, d.complete(),
                d.uploadedBy(), listed.released());
    }
}
