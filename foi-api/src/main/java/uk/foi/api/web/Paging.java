package uk.foi.api.web;

import java.util.Optional;
import uk.foi.api.store.RequestSearch;

/** The query parameters every paged list reads the same way, with the same problems when they are wrong. */
final class Paging {

    /** The page size when none is asked for. */
    static final int DEFAULT_LIMIT = 20;

    private Paging() {
    }

    /**
     * @param limit the {@code limit} parameter, if sent
     * @param max   the most this list allows
     * @return the page size
     * @throws ApiProblem 400 naming {@code limit} if it is out of range
     */
    static int limit(Integer limit, int max) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > max) {
            throw ApiProblem.invalid("limit", "must be from 1 to " + max);
        }
        return size;
    }

    /**
     * @param cursor the {@code cursor} parameter, if sent
     * @param sort   the order of the list it is sent to
     * @return where the page starts
     * @throws ApiProblem 400 naming {@code cursor} if this service did not give it out, or gave it out for a list in
     *                    another order
     */
    static Optional<RequestSearch.Cursor> cursor(String cursor, RequestSearch.Sort sort) {
        Optional<RequestSearch.Cursor> after;
        try {
            after = Optional.ofNullable(cursor).map(RequestSearch.Cursor::decode);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", e.getMessage());
        }
        if (after.isPresent() && after.get().sort() != sort) {
            throw ApiProblem.invalid("cursor", "belongs to a list in another order; start again without one");
        }
        return after;
    }
}
