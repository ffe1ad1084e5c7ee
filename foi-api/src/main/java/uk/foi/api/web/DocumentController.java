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
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import uk.foi.api.store.Documents;
import uk.foi.core.request.RequestId;
import uk.foi.records.intake.LocatedRecord;
import uk.foi.records.redaction.Area;
import uk.foi.records.redaction.Proposal;
import uk.foi.records.redaction.Redaction;
import uk.foi.records.redaction.RedactionSearch;
import uk.foi.records.redaction.Redactor;

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
    public static final int PART_SIZE = 512 * 1024;
    /** The largest document taken: 50 MB. */
    public static final long MAX_SIZE = 50L * 1024 * 1024;

    private final RequestService requests;
    private final Documents.Files files;
    private final Documents.Contents contents;
    private final Documents.Releases releases;
    private final Clock clock;

    DocumentController(RequestService requests, Documents.Files files, Documents.Contents contents,
            Documents.Releases releases, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.contents = contents;
        this.releases = releases;
        this.clock = clock;
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
        Caller caller = Caller.of(auth);
        RequestId r = request(auth, id);
        int parts = (int) ((body.size() + PART_SIZE - 1) / PART_SIZE);
        Documents.Document d = files.save(new Documents.Document(UUID.randomUUID(), r.value(),
                caller.authority().value(), body.name().strip(), body.size(), body.sha256().toLowerCase(java.util.Locale.ROOT),
                parts, false, caller.name(), clock.instant()));
        return HttpResponse.created(view(d), URI.create("/requests/" + id + "/documents/" + d.id()));
    }

    /**
     * @param auth a caseworker or manager
     * @param id   the request
     * @return its documents, oldest first
     */
    @Get
    public List<DocumentView> list(Authentication auth, @PathVariable String id) {
        return files.findByRequestIdOrderByUploadedAt(request(auth, id).value()).stream().map(this::view)
                .toList();
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
        Documents.Document d = document(auth, id, document);
        if (d.complete()) {
            throw ApiProblem.conflict("document " + document + " is complete: announce a new one to change it");
        }
        if (n < 0 || n >= d.parts()) {
            throw ApiProblem.invalid("n", "parts are numbered 0 to " + (d.parts() - 1) + " for this document");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body.data());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("data", "is not base64: " + e.getMessage());
        }
        long expected = n < d.parts() - 1 ? PART_SIZE : d.size() - (long) PART_SIZE * (d.parts() - 1);
        if (bytes.length != expected) {
            throw ApiProblem.invalid("data", "part " + n + " must be " + expected + " bytes, not " + bytes.length);
        }
        files.putPart(d.id(), n, bytes);
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
        Documents.Document d = document(auth, id, document);
        if (d.complete()) {
            return view(d);
        }
        long arrived = files.partsArrived(d.id());
        if (arrived < d.parts()) {
            throw ApiProblem.invalid("parts", (d.parts() - arrived) + " of its " + d.parts() + " parts have not"
                    + " arrived");
        }
        files.join(d.id());
        Documents.Joined joined = files.joined(d.id());
        if (joined.size() != d.size() || !joined.sha256().equals(d.sha256())) {
            throw ApiProblem.invalid("sha256", "the parts joined are " + joined.size() + " bytes with SHA-256 "
                    + joined.sha256() + ", not what was announced: send the parts again");
        }
        byte[] content = contents.findById(d.id()).map(Documents.Content::content).orElseThrow();
        try {
            LocatedRecord.AsPdf ready = LocatedRecord.asPdf(content);
            LocatedRecord.pages(ready.pdf());
            if (ready.convertedFrom() != null) {
                files.replaceContent(d.id(), ready.pdf());
            }
        } catch (LocatedRecord.Unsupported e) {
            throw ApiProblem.invalid("document", e.getMessage());
        }
        files.markComplete(d.id());
        files.dropParts(d.id());
        return view(files.findByIdAndRequestId(d.id(), d.requestId()).orElseThrow());
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
        return pdf(bytes(document(auth, id, document)));
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
        Documents.Document d = document(auth, id, document);
        if ((body.text() == null || body.text().isBlank()) == (body.pattern() == null)) {
            throw ApiProblem.invalid("text", "give either the text to find or a pattern (EMAIL, UK_PHONE)");
        }
        try {
            List<Proposal> found = body.pattern() == null ? RedactionSearch.find(bytes(d), body.text())
                    : RedactionSearch.find(bytes(d), body.pattern() == KnownPattern.EMAIL ? RedactionSearch.EMAIL
                            : RedactionSearch.UK_PHONE);
            return found.stream().map(p -> new ProposalView(p.page(), p.area().x(), p.area().y(), p.area().width(),
                    p.area().height(), p.text())).toList();
        } catch (IOException e) {
            throw ApiProblem.invalid("document", "cannot be read: " + e.getMessage());
        }
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
        Documents.Document d = document(auth, id, document);
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
        Redactor.Released released;
        try {
            released = Redactor.redact(d.name(), bytes(d), redactions);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("redactions", e.getMessage());
        } catch (IOException e) {
            throw ApiProblem.invalid("document", "cannot be redacted: " + e.getMessage());
        }
        String schedule = released.schedule().toText();
        releases.put(d.id(), released.pdf(), schedule, redactions.size(), Caller.of(auth).name(), clock.instant());
        return new ReleaseView(redactions.size(), schedule);
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
        return pdf(release(document(auth, id, document)).pdf());
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
        return release(document(auth, id, document)).schedule();
    }

    private Documents.Release release(Documents.Document d) {
        return releases.findById(d.id()).orElseThrow(() -> ApiProblem.notFound("no version of " + d.name()
                + " has been made for release"));
    }

    private RequestId request(Authentication auth, String id) {
        return requests.ours(Caller.of(auth), RequestController.requestId(id));
    }

    private Documents.Document document(Authentication auth, String id, String document) {
        RequestId r = request(auth, id);
        UUID documentId;
        try {
            documentId = UUID.fromString(document);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("no document " + document);
        }
        return files.findByIdAndRequestId(documentId, r.value())
                .orElseThrow(() -> ApiProblem.notFound("no document " + document + " on this request"));
    }

    /** @return the bytes of a document that has arrived whole and checked out; 409 before */
    private byte[] bytes(Documents.Document d) {
        if (!d.complete()) {
            throw ApiProblem.conflict(d.name() + " has not arrived whole yet: send its parts and complete it");
        }
        return contents.findById(d.id()).map(Documents.Content::content).orElseThrow(() -> ApiProblem.conflict(
                "what was located as " + d.name() + " was destroyed under the authority's retention schedule; the"
                        + " version released on the disclosure log stays"));
    }

    private static HttpResponse<byte[]> pdf(byte[] bytes) {
        return HttpResponse.ok(bytes).contentType(MediaType.of("application/pdf"));
    }

    private DocumentView view(Documents.Document d) {
        return new DocumentView(d.id().toString(), d.name(), d.size(), d.sha256(), d.parts(), PART_SIZE, d.complete(),
                d.uploadedBy(), releases.existsById(d.id()));
    }
}
