package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.foi.api.store.Documents;
import uk.foi.core.request.RequestId;
import uk.foi.records.intake.LocatedRecord;
import uk.foi.records.redaction.Proposal;
import uk.foi.records.redaction.Redaction;
import uk.foi.records.redaction.RedactionSearch;
import uk.foi.records.redaction.Redactor;

/**
 * The records located for a request: uploaded to its case in parts, checked against what was announced, redacted for
 * release by foi-records (what lies under a redaction is removed from the file, each redaction with its provision, and
 * a redaction schedule). Every method checks the request is the caller's authority's.
 */
@Singleton
public class DocumentService {

    /** The size of every part but the last. */
    public static final int PART_SIZE = 512 * 1024;
    /** The largest document taken: 50 MB. */
    public static final long MAX_SIZE = 50L * 1024 * 1024;

    private final RequestService requests;
    private final Documents.Files files;
    private final Documents.Contents contents;
    private final Documents.Releases releases;
    private final Transactions tx;
    private final Clock clock;

    DocumentService(RequestService requests, Documents.Files files, Documents.Contents contents,
            Documents.Releases releases, Transactions tx, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.contents = contents;
        this.releases = releases;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * A document as listed.
     *
     * @param document the document
     * @param released whether a version to release has been made
     */
    public record Listed(Documents.Document document, boolean released) {
    }

    /**
     * @param caller a caseworker or manager
     * @param id     the request
     * @param name   the file's name
     * @param size   its size in bytes
     * @param sha256 its SHA-256, in hex
     * @return the document, waiting for its parts
     */
    public Listed announce(Caller caller, RequestId id, String name, long size, String sha256) {
        requests.ours(caller, id);
        int parts = (int) ((size + PART_SIZE - 1) / PART_SIZE);
        return new Listed(tx.write(() -> files.save(new Documents.Document(UUID.randomUUID(), id.value(),
                caller.authority().value(), name.strip(), size, sha256.toLowerCase(Locale.ROOT), parts, false,
                caller.name(), clock.instant()))), false);
    }

    /** @param caller a caseworker or manager @param id the request @return its documents, oldest first */
    public List<Listed> list(Caller caller, RequestId id) {
        requests.ours(caller, id);
        return tx.read(() -> files.findByRequestIdOrderByUploadedAt(id.value()).stream()
                .map(d -> new Listed(d, releases.existsById(d.id()))).toList());
    }

    /**
     * Keeps one part (again, if it failed).
     *
     * @param caller   a caseworker or manager
     * @param id       the request
     * @param document the document
     * @param n        the part, from 0
     * @param base64   its bytes, base64
     * @throws Refused.Conflict once the document is complete, Refused.Invalid for a part of the wrong number or size
     */
    public void putPart(Caller caller, RequestId id, String document, int n, String base64) {
        tx.run(() -> {
            Documents.Document d = document(caller, id, document);
            if (d.complete()) {
                throw new Refused.Conflict("document " + document + " is complete: announce a new one to change it");
            }
            if (n < 0 || n >= d.parts()) {
                throw new Refused.Invalid("n", "parts are numbered 0 to " + (d.parts() - 1) + " for this document");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new Refused.Invalid("data", "is not base64: " + e.getMessage());
            }
            long expected = n < d.parts() - 1 ? PART_SIZE : d.size() - (long) PART_SIZE * (d.parts() - 1);
            if (bytes.length != expected) {
                throw new Refused.Invalid("data", "part " + n + " must be " + expected + " bytes, not "
                        + bytes.length);
            }
            files.putPart(d.id(), n, bytes);
        });
    }

    /**
     * Completes an upload: joins the parts, checks them against what was announced and that they make a PDF (a
     * document in another format taken is kept converted), and only then marks it complete and drops the parts, in
     * one transaction, so a document is never left complete without its content or with its parts half dropped.
     *
     * @param caller   a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return it, complete
     * @throws Refused.Invalid if parts are missing, the joined parts are not what was announced, or not a document
     *                         foi-records takes
     */
    public Listed complete(Caller caller, RequestId id, String document) {
        Documents.Document d = tx.write(() -> {
            Documents.Document found = document(caller, id, document);
            if (found.complete()) {
                return found;
            }
            long arrived = files.partsArrived(found.id());
            if (arrived < found.parts()) {
                throw new Refused.Invalid("parts", (found.parts() - arrived) + " of its " + found.parts()
                        + " parts have not arrived");
            }
            files.join(found.id());
            Documents.Joined joined = files.joined(found.id());
            if (joined.size() != found.size() || !joined.sha256().equals(found.sha256())) {
                throw new Refused.Invalid("sha256", "the parts joined are " + joined.size() + " bytes with SHA-256 "
                        + joined.sha256() + ", not what was announced: send the parts again");
            }
            return found;
        });
        if (d.complete()) {
            return new Listed(d, tx.read(() -> releases.existsById(d.id())));
        }
        byte[] content = tx.read(() -> contents.findById(d.id()).map(Documents.Content::content).orElseThrow());
        LocatedRecord.AsPdf ready;
        try {
            ready = LocatedRecord.asPdf(content);
            LocatedRecord.pages(ready.pdf());
        } catch (LocatedRecord.Unsupported e) {
            throw new Refused.Invalid("document", e.getMessage());
        }
        return tx.write(() -> {
            if (ready.convertedFrom() != null) {
                files.replaceContent(d.id(), ready.pdf());
            }
            files.markComplete(d.id());
            files.dropParts(d.id());
            return new Listed(files.findByIdAndRequestId(d.id(), d.requestId()).orElseThrow(), false);
        });
    }

    /**
     * @param caller   a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return it as located, unredacted
     * @throws Refused.Conflict before it is complete, or once its retention has erased it
     */
    public byte[] content(Caller caller, RequestId id, String document) {
        return tx.read(() -> bytes(document(caller, id, document)));
    }

    /**
     * Finds what to redact: a text, or a pattern.
     *
     * @param caller   a caseworker or manager
     * @param id       the request
     * @param document the document
     * @param text     words to find, or
     * @param pattern  a pattern ({@link RedactionSearch#EMAIL}, {@link RedactionSearch#UK_PHONE})
     * @return the areas where they are
     * @throws Refused.Invalid unless exactly one of text and pattern is given, or if the file cannot be read
     */
    public List<Proposal> search(Caller caller, RequestId id, String document, Optional<String> text,
            Optional<Pattern> pattern) {
        Optional<String> words = text.filter(t -> !t.isBlank());
        if (words.isPresent() == pattern.isPresent()) {
            throw new Refused.Invalid("text", "give either the text to find or a pattern (EMAIL, UK_PHONE)");
        }
        byte[] pdf = content(caller, id, document);
        try {
            return words.isPresent() ? RedactionSearch.find(pdf, words.get())
                    : RedactionSearch.find(pdf, pattern.get());
        } catch (IOException e) {
            throw new Refused.Invalid("document", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Makes the version to release: the document with every redaction removed from the file, and its schedule.
     * Replaces any version made before.
     *
     * @param caller     a caseworker or manager
     * @param id         the request
     * @param document   the document
     * @param redactions the redactions
     * @return the version to release
     * @throws Refused.Invalid if a redaction does not fit the document, or it cannot be redacted
     */
    public Documents.Release release(Caller caller, RequestId id, String document, List<Redaction> redactions) {
        record Located(Documents.Document document, byte[] pdf) {
        }
        Located located = tx.read(() -> {
            Documents.Document found = document(caller, id, document);
            return new Located(found, bytes(found));
        });
        Documents.Document d = located.document();
        Redactor.Released released;
        try {
            released = Redactor.redact(d.name(), located.pdf(), redactions);
        } catch (IllegalArgumentException e) {
            throw new Refused.Invalid("redactions", e.getMessage());
        } catch (IOException e) {
            throw new Refused.Invalid("document", "cannot be redacted: " + e.getMessage());
        }
        Documents.Release release = new Documents.Release(d.id(), released.pdf(), released.schedule().toText(),
                redactions.size(), caller.name(), clock.instant());
        tx.run(() -> releases.put(release.documentId(), release.pdf(), release.schedule(), release.redactions(),
                release.madeBy(), release.madeAt()));
        return release;
    }

    /**
     * @param caller   a caseworker or manager
     * @param id       the request
     * @param document the document
     * @return its version to release
     * @throws Refused.NotFound if none has been made
     */
    public Documents.Release released(Caller caller, RequestId id, String document) {
        return tx.read(() -> {
            Documents.Document d = document(caller, id, document);
            return releases.findById(d.id()).orElseThrow(() -> new Refused.NotFound("no version of " + d.name()
                    + " has been made for release"));
        });
    }

    private Documents.Document document(Caller caller, RequestId id, String document) {
        requests.ours(caller, id);
        UUID documentId;
        try {
            documentId = UUID.fromString(document);
        } catch (IllegalArgumentException e) {
            throw new Refused.NotFound("no document " + document);
        }
        return files.findByIdAndRequestId(documentId, id.value())
                .orElseThrow(() -> new Refused.NotFound("no document " + document + " on this request"));
    }

    /** @return the bytes of a document that has arrived whole and checked out */
    private byte[] bytes(Documents.Document d) {
        if (!d.complete()) {
            throw new Refused.Conflict(d.name() + " has not arrived whole yet: send its parts and complete it");
        }
        return contents.findById(d.id()).map(Documents.Content::content).orElseThrow(() -> new Refused.Conflict(
                "what was located as " + d.name() + " was destroyed under the authority's retention schedule; the"
                        + " version released on the disclosure log stays"));
    }
}
