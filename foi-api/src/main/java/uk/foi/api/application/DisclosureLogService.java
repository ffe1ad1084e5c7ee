package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.DisclosureEntries;
import uk.foi.api.store.Documents;
import uk.foi.api.store.RequestSearch;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestId;
import uk.foi.letters.Letter;

/**
 * What the public disclosure log reads, each read its own transaction; the controller only maps HTTP to it. Only what
 * an authority published is found: an entry is written with its publication (the projection kept on write) and
 * deleted with its withdrawal.
 */
@Singleton
public class DisclosureLogService {

    private final Transactions tx;
    private final Authorities authorities;
    private final DisclosureEntries entries;
    private final Documents.Releases releases;
    private final Requests store;
    private final AuthorityLetters letters;

    DisclosureLogService(Transactions tx, Authorities authorities, DisclosureEntries entries,
            Documents.Releases releases, Requests store, AuthorityLetters letters) {
        this.tx = tx;
        this.authorities = authorities;
        this.entries = entries;
        this.releases = releases;
        this.store = store;
        this.letters = letters;
    }

    /**
     * @param id an authority's id, as a member of the public gave it
     * @return the authority
     * @throws Refused.Invalid if it is not an authority id, Refused.NotFound if this service has no such authority
     */
    public Authority authority(String id) {
        AuthorityId authority;
        try {
            authority = AuthorityId.of(id);
        } catch (IllegalArgumentException e) {
            throw new Refused.Invalid("authority", e.getMessage());
        }
        return tx.read(() -> authorities.find(authority)).orElseThrow(() -> new Refused.NotFound("no authority "
                + id));
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
     * One published response, with the documents released with it.
     *
     * @param entry     the entry
     * @param documents the documents released with it, in the order they were uploaded
     */
    public record Published(DisclosureEntries.Entry entry, List<Documents.Released> documents) {
    }

    /**
     * @param authority an authority
     * @param reference a reference
     * @return its published response and the documents released with it
     * @throws Refused.NotFound if nothing is published as the reference
     */
    public Published find(Authority authority, String reference) {
        return tx.read(() -> {
            DisclosureEntries.Entry entry = entry(authority, reference);
            return new Published(entry, releases.releasedOf(entry.id()));
        });
    }

    /**
     * @param authority an authority
     * @param reference a reference
     * @param document  a document's id, as the entry lists it
     * @return the document's released version (redacted, with its schedule)
     * @throws Refused.NotFound if nothing is published as the reference, or the document was not released with it
     */
    public byte[] document(Authority authority, String reference, String document) {
        return tx.read(() -> releases.releasedOf(entry(authority, reference).id()).stream()
                .filter(d -> d.id().toString().equals(document)).findFirst()
                .flatMap(d -> releases.findById(d.id())).map(Documents.Release::pdf))
                .orElseThrow(() -> new Refused.NotFound("no document " + document + " released with " + reference));
    }

    /**
     * The response letter as the public sees it: the published wording in place of the request as asked, no
     * requester, no member of staff named.
     *
     * @param authority an authority
     * @param reference a reference
     * @return the letter
     * @throws Refused.NotFound if nothing is published as the reference
     */
    public Letter letter(Authority authority, String reference) {
        return tx.read(() -> {
            DisclosureEntries.Entry entry = entry(authority, reference);
            FoiRequest published = store.load(new RequestId(entry.id()), authority).flatMap(FoiRequest::asPublished)
                    .orElseThrow(() -> nothingPublished(reference));
            return letters.forPublic(authority.id()).response(authority, published, Optional.empty(),
                    entry.respondedOn());
        });
    }

    private DisclosureEntries.Entry entry(Authority authority, String reference) {
        return entries.find(authority.id(), reference).orElseThrow(() -> nothingPublished(reference));
    }

    private static Refused.NotFound nothingPublished(String reference) {
        return new Refused.NotFound("nothing published as " + reference);
    }
}
