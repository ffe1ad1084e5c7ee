package uk.foi.api.web;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import uk.foi.api.store.DisclosureEntries;
import uk.foi.api.store.RequestSearch;
import uk.foi.api.store.RequestStore;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestId;

/** What the public disclosure log reads, each read its own transaction; the controller only maps HTTP to it. */
@Singleton
public class DisclosureLogService {

    private final TransactionOperations<Connection> tx;
    private final DisclosureEntries entries;
    private final RequestStore store;

    DisclosureLogService(TransactionOperations<Connection> tx, DisclosureEntries entries, RequestStore store) {
        this.tx = tx;
        this.entries = entries;
        this.store = store;
    }

    /**
     * @param authority an authority
     * @param words     words in the reference or the published wording
     * @param after     the previous page's last entry
     * @param size      the page's size
     * @return a page of its published responses, newest request first
     */
    public DisclosureEntries.Page page(AuthorityId authority, Optional<String> words,
            Optional<RequestSearch.Cursor> after, int size) {
        return tx.executeRead(s -> entries.page(s.getConnection(), authority, words, after, size));
    }

    /**
     * @param authority an authority
     * @param reference a reference
     * @return its published response, if it is published
     */
    public Optional<DisclosureEntries.Entry> find(AuthorityId authority, String reference) {
        return tx.executeRead(s -> entries.find(s.getConnection(), authority, reference));
    }

    /**
     * @param authority an authority
     * @param id        one of its requests
     * @return the request as published (the published wording in place of the request as asked), if it is
     */
    public Optional<FoiRequest> published(Authority authority, RequestId id) {
        return tx.executeRead(s -> store.load(s.getConnection(), id, authority)).flatMap(FoiRequest::asPublished);
    }
}
