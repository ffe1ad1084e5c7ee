package uk.foi.api.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;

/**
 * The disclosure log's entries: a projection of the published requests, written with each publication or withdrawal
 * in that event's transaction. Only a response staff published is here, with the wording they published (see {@code
 * V6__disclosure_log.sql}).
 */
@Singleton
public class DisclosureEntries {

    private final JsonMapper json;
    private final Rows rows;

    DisclosureEntries(JsonMapper json, Rows rows) {
        this.json = json;
        this.rows = rows;
    }

    /**
     * One part of a published response.
     *
     * @param part      the part's label ({@code *} for the whole request)
     * @param outcome   its outcome
     * @param answer    what was given
     * @param citations the provisions relied on
     * @param reasons   why
     */
    @Serdeable
    public record Part(String part, String outcome, String answer, List<String> citations, String reasons) {
    }

    /**
     * A published response.
     *
     * @param id          the request
     * @param reference   the authority's reference
     * @param receivedOn  when the request arrived
     * @param respondedOn when it was answered
     * @param publishedOn when it was published
     * @param outcome     the overall outcome
     * @param text        the request's wording as published
     * @param parts       what was disclosed or withheld, part by part
     */
    public record Entry(UUID id, String reference, LocalDate receivedOn, LocalDate respondedOn, LocalDate publishedOn,
            OverallOutcome outcome, String text, List<Part> parts) {
    }

    /** @param items the entries @param next the cursor of the next page */
    public record Page(List<Entry> items, Optional<String> next) {
    }

    /** The reasons of each provision in turn, each said once: the log shows a part's reasons as one text. */
    private static String reasons(uk.foi.exemptions.refusal.PartDecision d) {
        return d.grounds().stream().map(g -> g.reasons().strip()).filter(r -> !r.isEmpty()).distinct()
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** An entry as stored, its decisions as JSON. */
    @Introspected
    record Row(UUID requestId, String reference, LocalDate receivedOn, LocalDate respondedOn, LocalDate publishedOn,
            String outcome, String text, String decisions) {
    }

    /** The statements (Micronaut Data JDBC). */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<RequestRows.Key, UUID> {

        @Query("DELETE FROM disclosure_entry WHERE request_id = :requestId")
        void delete(UUID requestId);

        @Query("INSERT INTO disclosure_entry (request_id, authority_id, reference, received_on, responded_on,"
                + " published_on, outcome, text, decisions) VALUES (:requestId, :authorityId, :reference,"
                + " :receivedOn, :respondedOn, :publishedOn, :outcome, :text, CAST(:decisions AS jsonb))"
                + " ON CONFLICT (request_id) DO UPDATE SET responded_on = EXCLUDED.responded_on,"
                + " published_on = EXCLUDED.published_on, outcome = EXCLUDED.outcome, text = EXCLUDED.text,"
                + " decisions = EXCLUDED.decisions")
        void put(UUID requestId, String authorityId, String reference, LocalDate receivedOn, LocalDate respondedOn,
                LocalDate publishedOn, String outcome, String text, String decisions);

        /**
         * One query for every page: a filter not given is a null that PostgreSQL skips; the search and the order
         * use the indexes either way (the cursor is a keyset, so a page is as cheap at the end as at the start).
         */
        @Query(SELECT + " WHERE authority_id = :authorityId"
                + " AND (CAST(:words AS text) IS NULL OR search @@ websearch_to_tsquery('english', CAST(:words AS text)))"
                + " AND (CAST(:afterOn AS date) IS NULL OR (received_on, request_id) < (CAST(:afterOn AS date), :afterId))"
                + " ORDER BY received_on DESC, request_id DESC LIMIT :limit")
        List<Row> page(String authorityId, @Nullable String words, @Nullable LocalDate afterOn,
                @Nullable UUID afterId, int limit);

        @Query(SELECT + " WHERE authority_id = :authorityId AND reference = :reference")
        Optional<Row> find(String authorityId, String reference);
    }

    /** Writes the request's entry if it is published, removes it if not. */
    void save(FoiRequest r) {
        Optional<FoiRequest.Publication> publication = r.publication();
        if (publication.isEmpty() || r.response().isEmpty()) {
            rows.delete(r.id().value());
            return;
        }
        List<Part> parts = r.allDecisions().stream().map(d -> new Part(d.label(), d.outcome().name(), d.answer(),
                d.citations().stream().map(Object::toString).toList(), reasons(d))).toList();
        String decisions;
        try {
            decisions = json.writeValueAsString(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.put(r.id().value(), r.authority().value(), r.reference(), r.receivedOn(), r.response().get().on(),
                publication.get().on(), r.response().get().outcome().name(), publication.get().text(), decisions);
    }

    /**
     * @param authority the authority
     * @param words     words to find in the reference or the published wording
     * @param after     where the page starts (a receipt-order cursor)
     * @param limit     how many at most
     * @return the page, newest request first
     */
    public Page page(AuthorityId authority, Optional<String> words, Optional<RequestSearch.Cursor> after,
            int limit) {
        List<Entry> entries = rows.page(authority.value(), words.orElse(null),
                after.map(RequestSearch.Cursor::key).orElse(null), after.map(RequestSearch.Cursor::id).orElse(null),
                limit + 1).stream().map(this::entry).toList();
        boolean more = entries.size() > limit;
        List<Entry> items = more ? entries.subList(0, limit) : entries;
        Optional<String> next = more ? Optional.of(new RequestSearch.Cursor(RequestSearch.Sort.RECEIVED,
                items.get(limit - 1).receivedOn(), items.get(limit - 1).id()).encode()) : Optional.empty();
        return new Page(List.copyOf(items), next);
    }

    /**
     * @param authority the authority
     * @param reference the authority's reference
     * @return the published entry, if that reference is published
     */
    public Optional<Entry> find(AuthorityId authority, String reference) {
        return rows.find(authority.value(), reference).map(this::entry);
    }

    static final String SELECT = "SELECT request_id, reference, received_on, responded_on, published_on, outcome,"
            + " text, decisions::text AS decisions FROM disclosure_entry";

    private Entry entry(Row row) {
        List<Part> parts;
        try {
            parts = List.of(json.readValue(row.decisions(), Part[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(row.requestId(), row.reference(), row.receivedOn(), row.respondedOn(), row.publishedOn(),
                OverallOutcome.valueOf(row.outcome()), row.text(), parts);
    }
}
