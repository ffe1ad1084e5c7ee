package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foi.api.application.DisclosureLogService;
import uk.foi.api.store.DisclosureEntries;
import uk.foi.api.store.RequestSearch;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.OverallOutcome;

/**
 * The public disclosure log, with no login: the responses staff published ({@code POST /requests/{id}/publication}),
 * each with the request's wording as they published it, personal data removed. It shows what was disclosed or
 * withheld and why; never who asked, nor the text as asked. A response not published is not here, whatever its
 * status.
 */
@Controller("/disclosure-log")
@Secured(SecurityRule.IS_ANONYMOUS)
public class DisclosureLogController {

    private final DisclosureLogService log;

    DisclosureLogController(DisclosureLogService log) {
        this.log = log;
    }

    /**
     * One published response.
     *
     * @param reference   the authority's reference
     * @param authority   the authority's name
     * @param receivedOn  when the request arrived
     * @param respondedOn when it was answered
     * @param publishedOn when it was published
     * @param outcome     the overall outcome
     * @param request     the request's wording as published
     * @param decisions   what was disclosed or withheld, part by part, and why
     * @param documents   the records released with the response, redacted (in a single entry; absent in a page of
     *                    the log)
     */
    @Serdeable
    public record Entry(String reference, String authority, LocalDate receivedOn, LocalDate respondedOn,
            LocalDate publishedOn, OverallOutcome outcome, String request, List<DisclosureEntries.Part> decisions,
            @Nullable List<ReleasedDocument> documents) {
    }

    /**
     * A record released with a response, as the public may read it: its version to release only, never as located.
     *
     * @param id         its id, for {@code /disclosure-log/{reference}/documents/{id}}
     * @param name       its file name
     * @param redactions how many redactions it has
     */
    @Serdeable
    public record ReleasedDocument(String id, String name, int redactions) {
    }

    /** @param items the entries @param next the cursor for the next page */
    @Serdeable
    public record Page(List<Entry> items, @Nullable String next) {
    }

    /**
     * @param authority the authority's id
     * @param q         words in the reference or the published wording
     * @param limit     page size, 1 to 50 (20)
     * @param cursor    the previous page's {@code next}
     * @return published responses, newest request first
     */
    @Get
    public Page log(@QueryValue String authority, @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue String cursor) {
        Authority a = log.authority(authority);
        int size = Paging.limit(limit, 50);
        Optional<RequestSearch.Cursor> after = Paging.cursor(cursor, RequestSearch.Sort.RECEIVED);
        DisclosureEntries.Page page = log.page(a.id(), Optional.ofNullable(q).filter(t -> !t.isBlank()), after,
                size);
        return new Page(page.items().stream().map(e -> entry(a, e, null)).toList(), page.next().orElse(null));
    }

    /**
     * @param reference the authority's reference
     * @param authority the authority's id
     * @return the published response; 404 if that reference is not published
     */
    @Get("/{reference}")
    public Entry one(@PathVariable String reference, @QueryValue String authority) {
        Authority a = log.authority(authority);
        DisclosureLogService.Published p = log.find(a, reference);
        return entry(a, p.entry(), p.documents().stream()
                .map(d -> new ReleasedDocument(d.id().toString(), d.name(), d.redactions())).toList());
    }

    /**
     * A record released with a published response: its version to release (redacted; metadata, comments and
     * attachments removed), never the record as located.
     *
     * @param reference the authority's reference
     * @param document  the document's id
     * @param authority the authority's id
     * @return the redacted PDF; 404 if the response is not published or the document was not released with it
     */
    @Get("/{reference}/documents/{document}")
    @Produces("application/pdf")
    public HttpResponse<byte[]> document(@PathVariable String reference, @PathVariable String document,
            @QueryValue String authority) {
        return HttpResponse.ok(log.document(log.authority(authority), reference, document))
                .contentType(MediaType.of("application/pdf"));
    }

    /**
     * The response letter as published: the published wording in place of the request as asked, addressed to no one.
     *
     * @param request   the HTTP request (its Accept header)
     * @param reference the authority's reference
     * @param authority the authority's id
     * @param format    html, text or pdf, overriding Accept
     * @return the letter; 404 if that reference is not published
     */
    @Get("/{reference}/letter")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "application/pdf"})
    public HttpResponse<?> letter(HttpRequest<?> request, @PathVariable String reference,
            @QueryValue String authority, @Nullable @QueryValue String format) {
        return LetterController.send(request, log.letter(log.authority(authority), reference), format,
                reference + "-response");
    }

    private static Entry entry(Authority a, DisclosureEntries.Entry e, @Nullable List<ReleasedDocument> documents) {
        return new Entry(e.reference(), a.name(), e.receivedOn(), e.respondedOn(), e.publishedOn(), e.outcome(),
                e.text(), e.parts(), documents);
    }
}
