package uk.foi.api.application;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.reference.ReferenceNumbers;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.deadlines.Regime;

/**
 * Loads, asks foi-core, stores: every decision is the domain's. Each command runs in one transaction that replays the
 * request, lets {@link FoiOffice} answer it, and writes the event, the projection and the outbox row only if the
 * request is still at the version it was decided on.
 */
@Singleton
public class RequestService {

    private final Transactions tx;
    private final FoiOffice office;
    private final Authorities authorities;
    private final Requests store;
    private final ReferenceNumbers referenceNumbers;
    private final java.time.Clock clock;
    private final Correspondence.Mail mail;
    private final TeamService teams;
    private final boolean mailingLetters;

    RequestService(Transactions tx, FoiOffice office, Authorities authorities,
            Requests store, ReferenceNumbers referenceNumbers, java.time.Clock clock, Correspondence.Mail mail,
            TeamService teams, @Value("${foi.mail.smtp.host:}") String smtpHost) {
        this.teams = teams;
        this.tx = tx;
        this.referenceNumbers = referenceNumbers;
        this.office = office;
        this.authorities = authorities;
        this.store = store;
        this.clock = clock;
        this.mail = mail;
        this.mailingLetters = !smtpHost.isBlank();
    }

    /**
     * @param caller who is asking
     * @return the caller's authority
     * @throws Refused.NotAllowed if this deployment does not serve it
     */
    public Authority authorityOf(Caller caller) {
        return authorities.find(caller.authority()).orElseThrow(() -> new Refused.NotAllowed("authority "
                + caller.authority().value() + " is not configured on this service; an admin must add it first"));
    }

    /**
     * An intake's result.
     *
     * @param request  the request
     * @param replayed true if an earlier intake with the same Idempotency-Key made it, and nothing new was stored
     */
    public record Received(FoiRequest request, boolean replayed) {
    }

    /**
     * A client's Idempotency-Key for an intake, with the fingerprint of the body it came with.
     *
     * @param key        the key
     * @param bodySha256 the SHA-256 of the body
     */
    public record IdempotencyKey(String key, byte[] bodySha256) {
    }

    /**
     * Logs a request; with an Idempotency-Key, a retry of an intake already stored returns that request instead.
     *
     * @param caller      a caseworker or manager
     * @param intake      what arrived
     * @param requester   who sent it
     * @param idempotency the client's key, if it sent one
     * @return the request
     * @throws Refused.Invalid if the key was used before with another body
     */
    public Received receive(Caller caller, Intake intake, Requester requester,
            Optional<IdempotencyKey> idempotency) {
        Authority authority = authorityOf(caller);
        return tx.write(() -> {
            if (idempotency.isPresent()) {
                IdempotencyKey key = idempotency.get();
                Optional<Requests.EarlierIntake> earlier = store.claimIdempotencyKey(authority.id(),
                        key.key(), key.bodySha256(), intake.id().value(), clock.instant());
                if (earlier.isPresent()) {
                    if (!Arrays.equals(earlier.get().bodySha256(), key.bodySha256())) {
                        throw new Refused.Invalid("Idempotency-Key", "this key was used for another request with a"
                                + " different body; use a new key for a new request");
                    }
                    RequestId first = new RequestId(earlier.get().requestId());
                    return new Received(store.load(first, authority).orElseThrow(() -> notFound(first)), true);
                }
            }
            FoiOffice.Handled received;
            try {
                received = office.receive(authority, intake, referenceNumbers);
            } catch (IllegalArgumentException e) {
                throw new Refused.Invalid("request", e.getMessage());
            }
            store.insert(received, requester, caller.name());
            return new Received(received.request(), false);
        });
    }

    /**
     * @param caller who is asking
     * @param id     the request
     * @return it, if it belongs to the caller's authority
     * @throws Refused.NotFound otherwise
     */
    public FoiRequest get(Caller caller, RequestId id) {
        Authority authority = authorityOf(caller);
        return tx.read(() -> store.load(id, authority))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * @param caller a caseworker or manager
     * @param id     the request
     * @return its requester
     */
    public Requester requester(Caller caller, RequestId id) {
        Authority authority = authorityOf(caller);
        return tx.read(() -> {
            if (!store.belongsTo(id, authority.id())) {
                throw notFound(id);
            }
            return store.requester(id).orElseThrow(() -> notFound(id));
        });
    }

    /**
     * Checks a request is the caller's authority's, for reads that need no more of it than that (its documents, its
     * correspondence): one row read, where {@link #get} replays the request.
     *
     * @param caller who is asking
     * @param id     the request
     * @return the id
     * @throws Refused.NotAllowed if the caller's authority is not configured, Refused.NotFound if the request is not
     *         its
     */
    public RequestId ours(Caller caller, RequestId id) {
        Authority authority = authorityOf(caller);
        if (!tx.read(() -> store.belongsTo(id, authority.id()))) {
            throw notFound(id);
        }
        return id;
    }

    /**
     * @param caller a member of the authority's staff
     * @param id     the request
     * @return its audit trail, oldest first
     * @throws Refused.NotFound for a request of another authority
     */
    public List<Requests.AuditEntry> audit(Caller caller, RequestId id) {
        Authority authority = authorityOf(caller);
        return tx.read(() -> {
            if (!store.belongsTo(id, authority.id())) {
                throw notFound(id);
            }
            return store.audit(id);
        });
    }

    /**
     * What a letter to the requester is written from.
     *
     * @param events    the request's events, oldest first
     * @param requester its requester, for callers who may see them
     */
    public record LetterSources(List<uk.foi.core.request.RequestEvent> events, Optional<Requester> requester) {
    }

    /**
     * @param caller a member of the authority's staff
     * @param id     the request
     * @return its events, and its requester where the caller may see personal data
     * @throws Refused.NotFound for a request of another authority
     */
    public LetterSources letterSources(Caller caller, RequestId id) {
        Authority authority = authorityOf(caller);
        LetterSources sources = tx.read(() -> {
            List<uk.foi.core.request.RequestEvent> events = store.events(id, authority);
            return new LetterSources(events, events.isEmpty() || !caller.seesPersonalData() ? Optional.empty()
                    : store.requester(id));
        });
        if (sources.events().isEmpty()) {
            throw notFound(id);
        }
        return sources;
    }

    /**
     * @param authority an authority
     * @param to        the last day of a quarter
     * @return a fingerprint of the state of every request it received up to that day (the figures change with it)
     */
    public String stateUpTo(Authority authority, LocalDate to) {
        return tx.read(() -> store.stateUpTo(authority, to));
    }

    /**
     * Carries out a command, or records its refusal.
     *
     * @param caller  who sends it
     * @param id      the request
     * @param ifMatch the client's If-Match header, if sent
     * @param command the command
     * @return the office's answer, stored
     * @throws Refused.NotFound for a request of another authority, Refused.Stale if If-Match is stale,
     *         Refused.Conflict if another write won
     */
    public FoiOffice.Handled handle(Caller caller, RequestId id, Optional<String> ifMatch, Command command) {
        return handle(caller, id, ifMatch, (authority, request) -> command);
    }

    /**
     * Carries out a command that depends on the request as it is (a re-route keeps the request's own profile and
     * changes its regime), or records its refusal.
     *
     * @param caller  who sends it
     * @param id      the request
     * @param ifMatch the client's If-Match header, if sent
     * @param command makes the command from the caller's authority and the request as loaded, in the transaction
     * @return the office's answer, stored
     * @throws Refused.NotFound for a request of another authority, Refused.Stale if If-Match is stale,
     *         Refused.Conflict if another write won
     */
    public FoiOffice.Handled handle(Caller caller, RequestId id, Optional<String> ifMatch,
            BiFunction<Authority, FoiRequest, Command> command) {
        Authority authority = authorityOf(caller);
        AtomicReference<String> decided = new AtomicReference<>("the command");
        try {
            return tx.write(() -> {
                FoiRequest request = store.load(id, authority).orElseThrow(() -> notFound(id));
                ifMatch.ifPresent(sent -> {
                    if (!matches(sent, request.version())) {
                        throw new Refused.Stale(request.version(), sent);
                    }
                });
                Command made = command.apply(authority, request);
                decided.set(made.name());
                FoiOffice.Handled handled = office.handle(request, made);
                store.append(handled, request.version(), caller.name(), made.name());
                LetterBook.sentBy(handled.event()).ifPresent(letter -> post(authority, request, letter));
                return handled;
            });
        } catch (Requests.StaleVersion lost) {
            if (ifMatch.isPresent()) {
                FoiRequest now = get(caller, id);
                throw new Refused.Stale(now.version(), ifMatch.get());
            }
            throw new Refused.Conflict("the request changed while " + decided.get()
                    + " was being decided; nothing was recorded, fetch it and try again");
        }
    }

    /**
     * Assigns a request, checking in the same transaction that the team is one of the authority's, if it has set any.
     *
     * @param caller  who assigns
     * @param id      the request
     * @param ifMatch the client's If-Match header, if sent
     * @param assign  the assignment
     * @return the office's answer, stored
     * @throws Refused.Invalid on {@code team} if it is not one of the authority's teams
     */
    public FoiOffice.Handled assign(Caller caller, RequestId id, Optional<String> ifMatch, Command.Assign assign) {
        return handle(caller, id, ifMatch, (authority, request) -> {
            teams.checkAssignable(caller, assign.team());
            return assign;
        });
    }

    /**
     * Queues a letter a command sends, to go to the requester by email with the command's transaction (the postroom
     * sends it, retrying until it goes or fails for good, on the request's correspondence either way). Nothing is
     * queued where this service sends no mail or the requester gave no email address (the letter goes by post).
     */
    private void post(Authority authority, FoiRequest request, String letter) {
        if (!mailingLetters) {
            return;
        }
        store.requester(request.id()).filter(r -> r.email().isPresent()).ifPresent(to -> {
            String domain = authority.contact().foiEmail().replaceFirst("^.*@", "");
            mail.save(new Correspondence.Item(UUID.randomUUID(), authority.id().value(), request.id().value(),
                    Correspondence.OUT, Correspondence.State.PENDING.name(),
                    "<" + UUID.randomUUID() + "." + letter + "@" + domain + ">",
                    mail.latestFromRequester(request.id().value())
                            .filter(id -> !Correspondence.isMadeUp(id)).orElse(null),
                    to.email().orElseThrow(),
                    to.name(), "Your request " + request.reference() + ": " + letter.replace('-', ' '), "", null,
                    clock.instant(), letter, 0, clock.instant(), null, null));
        });
    }

    /**
     * What applying the authority's settings to its open requests did.
     *
     * @param changed   the requests now handled under the current settings (one HandlingChanged event each)
     * @param unchanged how many were handled under them already
     * @param refused   the requests left as they were, with why
     */
    @Serdeable
    public record SettingsApplied(List<Moved> changed, int unchanged, List<Left> refused) {
    }

    /**
     * A request now handled under the current settings.
     *
     * @param id        the request
     * @param reference its reference
     */
    @Serdeable
    public record Moved(String id, String reference) {
    }

    /**
     * A request left as it was.
     *
     * @param id        the request
     * @param reference its reference
     * @param reason    why
     */
    @Serdeable
    public record Left(String id, String reference, String reason) {
    }

    /**
     * Moves every open request of the caller's authority onto the authority's current settings (for its own regime),
     * each by a {@link Command.ChangeHandling} with its own event, so its deadlines are counted again and the
     * notifier hears of any that moved. A request of a regime the authority is no longer subject to is left as it is.
     * Each request is its own transaction: one refused or contended request does not stop the rest.
     *
     * @param caller an admin
     * @param on     the day of the decision
     * @param reason why (it goes in every request's audit trail)
     * @return what happened to each
     */
    public SettingsApplied applySettings(Caller caller, LocalDate on, String reason) {
        Authority authority = authorityOf(caller);
        List<RequestId> open = tx.read(() -> store.open(authority.id()));
        List<Moved> changed = new ArrayList<>();
        List<Left> refused = new ArrayList<>();
        int unchanged = 0;
        for (RequestId id : open) {
            FoiRequest request = get(caller, id);
            Regime regime = request.profile().regime();
            if (!authority.regimes().contains(regime)) {
                refused.add(new Left(id.toString(), request.reference(), "it is handled under " + regime + ", which "
                        + authority.name() + " is no longer subject to; re-route it first"));
                continue;
            }
            if (authority.profileFor(regime).equals(request.profile())) {
                unchanged++;
                continue;
            }
            try {
                FoiOffice.Handled handled = handle(caller, id, Optional.empty(),
                        (now, loaded) -> new Command.ChangeHandling(on, now.profileFor(regime), reason));
                if (handled.event() instanceof uk.foi.core.request.RequestEvent.CommandRefused no) {
                    refused.add(new Left(id.toString(), request.reference(), no.reason()));
                } else {
                    changed.add(new Moved(id.toString(), request.reference()));
                }
            } catch (Refused contended) {
                refused.add(new Left(id.toString(), request.reference(), contended.getMessage()));
            }
        }
        return new SettingsApplied(changed, unchanged, refused);
    }

    /**
     * @param header an If-Match header
     * @param version the current version
     * @return true if it names the version, or is {@code *}
     */
    static boolean matches(String header, long version) {
        String current = "\"" + version + "\"";
        return Arrays.stream(header.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current) || tag.equals(Long.toString(version)));
    }

    private static Refused.NotFound notFound(RequestId id) {
        return new Refused.NotFound("no request " + id + " in your authority");
    }
}
