package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.foi.api.store.Correspondence;
import uk.foi.api.store.Requesters;

/**
 * Looking requesters up across requests, which only managers do and only for a stated purpose (UK GDPR Art. 5(1)(b),
 * purpose limitation): each look-up is recorded in the access log in the same transaction as the read, so personal
 * data is never read without its record.
 */
@Singleton
public class RequesterService {

    /** Why a manager looks. */
    public enum Purpose {
        /** whether a request repeats an earlier one or is vexatious: FOIA s14, EIR reg 12(4)(b), FOISA s14 */
        REPEATED_OR_VEXATIOUS,
        /** whether requests are aggregated for the cost limit: SI 2004/3244 reg 5, SSI 2004/467 reg 7 */
        AGGREGATION,
        /** the requester's own request for their personal data: UK GDPR Art 15 */
        SUBJECT_ACCESS
    }

    private final Requesters.Requests requesters;
    private final Correspondence.Mail mail;
    private final Transactions tx;
    private final Clock clock;

    RequesterService(Requesters.Requests requesters, Correspondence.Mail mail, Transactions tx, Clock clock) {
        this.requesters = requesters;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param caller  a manager
     * @param email   the requester's email address, or
     * @param name    their name
     * @param purpose why
     * @return the authority's requests from them, recorded in the access log
     * @throws Refused.Invalid if neither is given
     */
    public List<Requesters.Found> search(Caller caller, Optional<String> email, Optional<String> name,
            Purpose purpose) {
        Optional<String> address = email.filter(e -> !e.isBlank()).map(String::strip);
        Optional<String> called = name.filter(n -> !n.isBlank()).map(String::strip);
        if (address.isEmpty() && called.isEmpty()) {
            throw new Refused.Invalid("email", "give the requester's email address or name");
        }
        String lookedFor = address.map(e -> "email " + e).orElse("")
                + (address.isPresent() && called.isPresent() ? ", " : "") + called.map(n -> "name " + n).orElse("");
        return tx.write(() -> {
            List<Requesters.Found> found = requesters.find(caller.authority().value(), address.orElse(null),
                    called.orElse(null));
            logged(caller, purpose, lookedFor, found.size());
            return found;
        });
    }

    /**
     * A request found for a subject access export, with its correspondence.
     *
     * @param request        the request
     * @param correspondence its messages, oldest first
     * @param attachments    the names of each message's attachments, by message
     */
    public record Exported(Requesters.Found request, List<Correspondence.Exported> correspondence,
            Map<UUID, List<String>> attachments) {
    }

    /**
     * @param caller a manager
     * @param email  the requester's email address
     * @return every request of the authority's from that address, with its correspondence, recorded in the access log
     */
    public List<Exported> export(Caller caller, String email) {
        String address = email.strip();
        return tx.write(() -> {
            List<Exported> requests = requesters.find(caller.authority().value(), address, null).stream()
                    .map(f -> new Exported(f, mail.exportOf(f.id()), mail.attachmentsOf(f.id()).stream()
                            .collect(Collectors.groupingBy(Correspondence.Attachment::correspondenceId,
                                    Collectors.mapping(Correspondence.Attachment::name, Collectors.toList())))))
                    .toList();
            logged(caller, Purpose.SUBJECT_ACCESS, "export of email " + address, requests.size());
            return requests;
        });
    }

    /** @param caller an auditor or admin @return the authority's access log, newest first */
    public List<Requesters.Access> accessLog(Caller caller) {
        return tx.read(() -> requesters.findByAuthorityIdOrderByAtDesc(caller.authority().value()));
    }

    private void logged(Caller caller, Purpose purpose, String lookedFor, int results) {
        requesters.save(new Requesters.Access(UUID.randomUUID(), caller.authority().value(), caller.name(),
                purpose.name(), lookedFor, results, clock.instant()));
    }
}
