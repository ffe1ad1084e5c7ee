package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.Requester;
import uk.foi.letters.Letter;
import uk.foi.letters.LetterWriter;

/**
 * The letters a request's history calls for, written by foi-letters: the same letter whether a caseworker reads it
 * (GET /requests/{id}/letters/{kind}) or the postroom emails it to the requester.
 */
@Singleton
public class LetterBook {

    private final AuthorityLetters letters;
    private final FoiOffice office;

    LetterBook(AuthorityLetters letters, FoiOffice office) {
        this.letters = letters;
        this.office = office;
    }

    /**
     * @param event an event
     * @return the letter it sends the requester, by its name, if it sends one
     */
    public static Optional<String> sentBy(RequestEvent event) {
        if (event instanceof RequestEvent.RequestAcknowledged) {
            return Optional.of("acknowledgement");
        } else if (event instanceof RequestEvent.ClarificationSought) {
            return Optional.of("clarification");
        } else if (event instanceof RequestEvent.FeesNoticeIssued) {
            return Optional.of("fees-notice");
        } else if (event instanceof RequestEvent.DeadlineExtended) {
            return Optional.of("extension");
        } else if (event instanceof RequestEvent.ResponseIssued) {
            return Optional.of("response");
        } else if (event instanceof RequestEvent.ReviewCompleted) {
            return Optional.of("review-outcome");
        }
        return Optional.empty();
    }

    /**
     * @param events a request's events, oldest first (not empty)
     * @return its reference, as its first event gave it (nothing changes it)
     */
    public static String reference(List<RequestEvent> events) {
        return ((RequestEvent.RequestReceived) events.get(0)).reference();
    }

    /**
     * @param authority the request's authority
     * @param events    the request's events, oldest first (not empty)
     * @param requester its requester, to address the letter to (empty for readers who may not see them)
     * @param kind      response, response-preview (the response as it would go if issued today, from the decisions
     *                  so far), acknowledgement, clarification, fees-notice, extension or review-outcome
     * @return the letter
     * @throws Refused.NotFound for another kind, Refused.Conflict if the request has not reached the letter
     */
    public Letter write(Authority authority, List<RequestEvent> events, Optional<Requester> requester, String kind) {
        FoiRequest r = FoiRequest.replay(authority.clock(), events);
        LetterWriter writer = letters.toRequester(authority.id());
        return switch (kind) {
            case "response" -> writer.response(authority, r, requester, r.response()
                    .orElseThrow(() -> new Refused.Conflict("no response has been issued yet")).on());
            case "response-preview" -> {
                if (r.allDecisions().isEmpty()) {
                    throw new Refused.Conflict("no part has been decided yet, so there is no response to preview");
                }
                yield writer.response(authority, r, requester, r.response()
                        .map(FoiRequest.IssuedResponse::on).orElse(office.today()));
            }
            case "acknowledgement" -> writer.acknowledgement(authority, r, requester, last(events,
                    RequestEvent.RequestAcknowledged.class).map(RequestEvent::on).orElse(r.receivedOn()));
            case "clarification" -> {
                RequestEvent.ClarificationSought sought = last(events, RequestEvent.ClarificationSought.class)
                        .orElseThrow(() -> new Refused.Conflict("no clarification has been sought"));
                yield writer.clarification(authority, r, requester, sought.question(), sought.on());
            }
            case "fees-notice" -> {
                RequestEvent.FeesNoticeIssued notice = last(events, RequestEvent.FeesNoticeIssued.class)
                        .orElseThrow(() -> new Refused.Conflict("no fees notice has been issued"));
                yield writer.feesNotice(authority, r, requester, notice.amountPence(), notice.on());
            }
            case "extension" -> {
                RequestEvent.DeadlineExtended ext = last(events, RequestEvent.DeadlineExtended.class)
                        .orElseThrow(() -> new Refused.Conflict("the deadline has not been extended"));
                yield writer.extension(authority, r, requester, ext.considering(), ext.on());
            }
            case "review-outcome" -> {
                RequestEvent.ReviewCompleted done = last(events, RequestEvent.ReviewCompleted.class)
                        .orElseThrow(() -> new Refused.Conflict("no internal review has been completed"));
                RequestEvent.ReviewRequested asked = last(events, RequestEvent.ReviewRequested.class).orElseThrow();
                yield writer.reviewOutcome(authority, r, requester, asked.grounds(), asked.on(), done.summary(),
                        done.on());
            }
            default -> throw new Refused.NotFound("no letter '" + kind + "': response, response-preview,"
                    + " acknowledgement, clarification, fees-notice, extension or review-outcome");
        };
    }

    private static <E extends RequestEvent> Optional<E> last(List<RequestEvent> events, Class<E> type) {
        E last = null;
        for (RequestEvent e : events) {
            if (type.isInstance(e)) {
                last = type.cast(e);
            }
        }
        return Optional.ofNullable(last);
    }
}
