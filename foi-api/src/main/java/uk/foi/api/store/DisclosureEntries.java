package uk.foi.api.store;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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

    DisclosureEntries(JsonMapper json) {
        this.json = json;
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

    /** Writes the request's entry if it is published, removes it if not. */
    void save(Connection c, FoiRequest r) {
        Optional<FoiRequest.Publication> publication = r.publication();
        if (publication.isEmpty() || r.response().isEmpty()) {
            Sql.update(c, "DELETE FROM disclosure_entry WHERE request_id = ?", r.id().value());
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
        Sql.update(c, """
                INSERT INTO disclosure_entry (request_id, authority_id, reference, received_on, responded_on,
                    published_on, outcome, text, decisions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (request_id) DO UPDATE SET responded_on = EXCLUDED.responded_on,
                    published_on = EXCLUDED.published_on, outcome = EXCLUDED.outcome, text = EXCLUDED.text,
                    decisions = EXCLUDED.decisions""",
                r.id().value(), r.authority().value(), r.reference(), r.receivedOn(), r.response().get().on(),
                publication.get().on(), r.response().get().outcome().name(), publication.get().text(), decisions);
    }

    /**
     * @param c         a connection
     * @param authority the authority
     * @param words     words to find in the reference or the published wording
     * @param after     where the page starts (a receipt-order cursor)
     * @param limit     how many at most
     * @return the page, newest request first
     */
    public Page page(Connection c, AuthorityId authority, Optional<String> words,
            Optional<RequestSearch.Cursor> after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE authority_id = ?");
        List<Object> params = new ArrayList<>(List.of(authority.value()));
        words.ifPresent(w -> {
            sql.append(" AND search @@ websearch_to_tsquery('english', ?)");
            params.add(w);
        });
        after.ifPresent(cursor -> {
            sql.append(" AND (received_on, request_id) < (?, ?)");
            params.add(cursor.key());
            params.add(cursor.id());
        });
        sql.append(" ORDER BY received_on DESC, request_id DESC LIMIT ?");
        params.add(limit + 1);
        List<Entry> rows = Sql.query(c, sql.toString(), this::entry, params.toArray());
        boolean more = rows.size() > limit;
        List<Entry> items = more ? rows.subList(0, limit) : rows;
        Optional<String> next = more ? Optional.of(new RequestSearch.Cursor(RequestSearch.Sort.RECEIVED,
                items.get(limit - 1).receivedOn(), items.get(limit - 1).id()).encode()) : Optional.empty();
        return new Page(List.copyOf(items), next);
    }

    /**
     * @param c         a connection
     * @param authority the authority
     * @param reference the authority's reference
     * @return the published entry, if that reference is published
     */
    public Optional<Entry> find(Connection c, AuthorityId authority, String reference) {
        return Sql.one(c, SELECT + " WHERE authority_id = ? AND reference = ?", this::entry, authority.value(),
                reference);
    }

    private static final String SELECT = """
            SELECT request_id, reference, received_on, responded_on, published_on, outcome, text, decisions::text
            FROM disclosure_entry""";

    private Entry entry(ResultSet rs) throws SQLException {
        List<Part> parts;
        try {
            parts = List.of(json.readValue(rs.getString(8), Part[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                OverallOutcome.valueOf(rs.getString(6)), rs.getString(7), parts);
    }
}
