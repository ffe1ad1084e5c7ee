package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.api.store.AuthorityStore;
import uk.foi.api.store.RequestSearch;
import uk.foi.api.store.RequestStore;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestId;

/**
 * The public disclosure log: responses issued, searchable, with no login. It shows what the response disclosed and
 * why anything was withheld; never who asked. The request text is published as asked (staff strip any signature at
 * intake; see docs/events.md).
 */
@Controller("/disclosure-log")
@Secured(SecurityRule.IS_ANONYMOUS)
public class DisclosureLogController {

    private final AuthorityStore authorities;
    private final RequestSearch search;
    private final RequestStore store;
    private final TransactionOperations<Connection> tx;

    DisclosureLogController(AuthorityStore authorities, RequestSearch search, RequestStore store,
            TransactionOperations<Connection> tx) {
        this.authorities = authorities;
        this.search = search;
        this.store = store;
        this.tx = tx;
    }

    /**
     * One published response.
     *
     * @param reference   the authority's reference
     * @param authority   the authority's name
     * @param receivedOn  when the request arrived
     * @param respondedOn when it was answered
     * @param outcome     the overall outcome
     * @param request     the request as asked
     * @param decisions   what was disclosed or withheld, part by part, and why
     */
    @Serdeable
    public record Entry(String reference, String authority, LocalDate receivedOn, LocalDate respondedOn,
            OverallOutcome outcome, String request, List<Published> decisions) {
    }

    /**
     * @param part      the part
     * @param outcome   its outcome
     * @param answer    what was given
     * @param citations the provisions relied on
     * @param reasons   why
     */
    @Serdeable
    public record Published(String part, String outcome, String answer, List<String> citations, String reasons) {
    }

    /** @param items the entries @param next the cursor for the next page */
    @Serdeable
    public record Page(List<Entry> items, @Nullable String next) {
    }

    /**
     * @param authority the authority's id
     * @param q         words in the reference or request
     * @param limit     page size, 1 to 50 (20)
     * @param cursor    the previous page's {@code next}
     * @return responses, newest request first
     */
    @Get
    public Page log(@QueryValue String authority, @Nullable @QueryValue String q, @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue String cursor) {
        AuthorityId id;
        try {
            id = AuthorityId.of(authority);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("authority", e.getMessage());
        }
        Authority a = authorities.find(id).orElseThrow(() -> ApiProblem.notFound("no authority " + authority));
        int size = Paging.limit(limit, 50);
        Optional<RequestSearch.Cursor> after = Paging.cursor(cursor, RequestSearch.Sort.RECEIVED);
        RequestSearch.Filter filter = new RequestSearch.Filter(List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(q).filter(t -> !t.isBlank()), LocalDate.MIN, true);
        RequestSearch.Page page = search.search(a.id(), filter, RequestSearch.Sort.RECEIVED, after, size);
        List<Entry> entries = tx.executeRead(s -> {
            List<Entry> out = new ArrayList<>();
            for (RequestSearch.Summary summary : page.items()) {
                store.load(s.getConnection(), new RequestId(summary.id()), a).flatMap(r -> entry(a, r))
                        .ifPresent(out::add);
            }
            return out;
        });
        return new Page(entries, page.next().orElse(null));
    }

    private static Optional<Entry> entry(Authority a, FoiRequest r) {
        return r.response().map(resp -> new Entry(r.reference(), a.name(), r.receivedOn(), resp.on(),
                resp.outcome(), r.text().asReceived(), r.allDecisions().stream().map(d -> new Published(d.label(),
                        d.outcome().name(), d.answer(), d.citations().stream().map(Object::toString).toList(),
                        d.reasons())).toList()));
    }

}
