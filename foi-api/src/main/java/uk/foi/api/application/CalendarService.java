package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.foi.api.store.CalendarFeeds;
import uk.foi.api.store.RequestSearch;
import uk.foi.core.authority.AuthorityId;

/**
 * The deadlines in force as calendar entries, and the feeds that publish one caseworker's or one team's to a calendar
 * program: a feed is reached by a secret token in its address (kept only as its SHA-256), so it is made by its owner
 * or a manager and revoked by either.
 */
@Singleton
public class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestService requests;
    private final RequestSearch search;
    private final CalendarFeeds feeds;
    private final Transactions tx;
    private final Clock clock;

    CalendarService(RequestService requests, RequestSearch search, CalendarFeeds feeds, Transactions tx,
            Clock clock) {
        this.requests = requests;
        this.search = search;
        this.feeds = feeds;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param caller   a member of the authority's staff
     * @param assignee only this caseworker's requests
     * @param team     only this team's requests
     * @return the deadlines in force
     */
    public List<RequestSearch.CalendarEntry> deadlines(Caller caller, Optional<String> assignee,
            Optional<String> team) {
        requests.authorityOf(caller);
        return deadlines(caller.authority(), assignee, team);
    }

    /**
     * A new feed and its token, which is shown this once.
     *
     * @param feed  the feed
     * @param token the secret in its address
     */
    public record NewFeed(CalendarFeeds.Feed feed, String token) {
    }

    /**
     * @param caller   a member of the authority's staff
     * @param assignee a caseworker (the caller's own, unless a manager or admin makes it), or
     * @param team     a team
     * @return the feed
     * @throws Refused.Invalid unless exactly one of assignee and team is given, Refused.NotAllowed for another
     *                         caseworker's deadlines asked by a caseworker
     */
    public NewFeed create(Caller caller, Optional<String> assignee, Optional<String> team) {
        requests.authorityOf(caller);
        if (assignee.isPresent() == team.isPresent()) {
            throw new Refused.Invalid("assignee", "give either assignee or team: a feed shows one caseworker's or one"
                    + " team's deadlines");
        }
        if (assignee.isPresent() && !assignee.get().equals(caller.name()) && !managesFeeds(caller)) {
            throw new Refused.NotAllowed("a feed of another caseworker's deadlines is made by a manager; yours is"
                    + " assignee '" + caller.name() + "'");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeeds.Feed feed = tx.write(() -> feeds.save(new CalendarFeeds.Feed(UUID.randomUUID(),
                caller.authority().value(), caller.name(), assignee.orElse(null), team.orElse(null), sha256(token),
                clock.instant(), null, null)));
        return new NewFeed(feed, token);
    }

    /**
     * @param caller a member of the authority's staff
     * @return the feeds in force: the caller's own, or all the authority's for a manager or admin
     */
    public List<CalendarFeeds.Feed> feeds(Caller caller) {
        String authority = caller.authority().value();
        return tx.read(() -> managesFeeds(caller) ? feeds.findByAuthorityIdAndRevokedAtIsNullOrderByCreatedAt(authority)
                : feeds.findByAuthorityIdAndOwnerAndRevokedAtIsNullOrderByCreatedAt(authority, caller.name()));
    }

    /**
     * @param caller its owner, a manager or an admin
     * @param id     the feed
     * @throws Refused.NotFound if no such feed is in force, Refused.NotAllowed for another's feed
     */
    public void revoke(Caller caller, UUID id) {
        tx.run(() -> {
            CalendarFeeds.Feed feed = feeds.findByIdAndAuthorityId(id, caller.authority().value())
                    .filter(f -> f.revokedAt() == null)
                    .orElseThrow(() -> new Refused.NotFound("no calendar feed " + id + " in force in your authority"));
            if (!feed.owner().equals(caller.name()) && !managesFeeds(caller)) {
                throw new Refused.NotAllowed("only its owner, a manager or an administrator revokes a feed");
            }
            feeds.revoke(id, clock.instant());
        });
    }

    /**
     * A feed, as its calendar program fetches it.
     *
     * @param feed    the feed
     * @param entries its deadlines in force
     */
    public record Fetched(CalendarFeeds.Feed feed, List<RequestSearch.CalendarEntry> entries) {
    }

    /**
     * @param token the secret in a feed's address
     * @return its deadlines; the feed is marked as used
     * @throws Refused.NotFound if no feed in force has the token
     */
    public Fetched fetch(String token) {
        CalendarFeeds.Feed feed = tx.write(() -> {
            CalendarFeeds.Feed found = feeds.findByTokenSha256AndRevokedAtIsNull(sha256(token)).orElseThrow(
                    () -> new Refused.NotFound("no calendar feed at this address: it may have been revoked"));
            feeds.used(found.id(), clock.instant());
            return found;
        });
        return new Fetched(feed, deadlines(AuthorityId.of(feed.authorityId()), Optional.ofNullable(feed.assignee()),
                Optional.ofNullable(feed.team())));
    }

    private List<RequestSearch.CalendarEntry> deadlines(AuthorityId authority, Optional<String> assignee,
            Optional<String> team) {
        return tx.read(() -> search.deadlines(authority, assignee, team));
    }

    private static boolean managesFeeds(Caller caller) {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.ADMIN);
    }

    private static byte[] sha256(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }
}
