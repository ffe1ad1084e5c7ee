package uk.foi.api.web;

import jakarta.inject.Singleton;
import java.util.Optional;
import uk.foi.api.application.Transactions;
import uk.foi.api.store.DisclosureEntries;
import uk.foi.api.store.RequestSearch;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestId;

/** What the public disclosure log reads, each read its own transaction; the controller only maps HTTP to it. */
@Singleton
public class DisclosureLogService {

    private final Transactions tx;
    private final DisclosureEntries entries;
    private final Requests store;

    DisclosureLogService(Transactions tx, DisclosureEntries entries, Requests store) {
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
        return tx.read(() -> entries.page(authority, words, after, size));
    }

    /**
     * @param authority an authority
     * @param reference a reference
     * @return its published response, if it is published
     */
    public Optional<DisclosureEntries.Entry> find(AuthorityId authority, String reference) {
        return tx.read(() -> entries.find(authority, reference));
    }

    /**
     * @param authority an authority
     * @param id        one of its requests
     * @return the request as published (the published wording in place of the request as asked), if it is
     */
    public Optional<FoiRequest> published(Authority authority, RequestId id) {
        return tx.read(() -> store.load(id, authority)).flatMap(FoiRequest::asPublished);
    }
}
