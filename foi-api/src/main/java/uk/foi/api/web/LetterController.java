package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foi.api.store.RequestStore;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.letters.Letter;
import uk.foi.letters.LetterPdf;
import uk.foi.letters.LetterWriter;

/**
 * The letters to the requester, written by foi-letters from the request as it stands: HTML, plain text or PDF, by
 * the Accept header (or {@code ?format=html|text|pdf}). Caseworkers and managers get the letter addressed to the
 * requester; auditors and admins get it without the name and address.
 */
@Controller("/requests/{id}/letters")
@Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class LetterController {

    private static final MediaType PDF = MediaType.of("application/pdf");

    private final RequestService service;
    private final RequestStore store;
    private final AuthorityLetters letters;
    private final TransactionOperations<Connection> tx;
    private final uk.foi.core.request.FoiOffice office;

    LetterController(RequestService service, RequestStore store, AuthorityLetters letters,
            TransactionOperations<Connection> tx, uk.foi.core.request.FoiOffice office) {
        this.service = service;
        this.store = store;
        this.letters = letters;
        this.tx = tx;
        this.office = office;
    }

    /**
     * @param request the HTTP request (its Accept header)
     * @param auth    the caller
     * @param id      the request
     * @param kind    response, response-preview (the response as it would go if issued today, from the decisions
     *                so far), acknowledgement, clarification, fees-notice, extension or review-outcome
     * @param format  html, text or pdf, overriding Accept
     * @return the letter
     */
    @Get("/{kind}")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, "application/pdf"})
    public HttpResponse<?> letter(HttpRequest<?> request, Authentication auth, @PathVariable String id,
            @PathVariable String kind, @Nullable @QueryValue String format) {
        Caller caller = Caller.of(auth);
        Authority authority = service.authorityOf(caller);
        RequestId requestId = RequestController.requestId(id);
        record Loaded(List<RequestEvent> events, Optional<Requester> requester) {
        }
        Loaded loaded = tx.executeRead(s -> {
            Connection c = s.getConnection();
            List<RequestEvent> events = store.events(c, requestId, authority);
            return new Loaded(events, events.isEmpty() || !caller.seesPersonalData() ? Optional.empty()
                    : store.requester(c, requestId));
        });
        if (loaded.events().isEmpty()) {
            throw ApiProblem.notFound("no request " + id + " in your authority");
        }
        FoiRequest r = FoiRequest.replay(authority.clock(), loaded.events());
        LetterWriter writer = letters.toRequester(authority.id());
        Letter letter = switch (kind) {
            case "response" -> writer.response(authority, r, loaded.requester(), r.response()
                    .orElseThrow(() -> ApiProblem.conflict("no response has been issued yet")).on());
            case "response-preview" -> {
                if (r.allDecisions().isEmpty()) {
                    throw ApiProblem.conflict("no part has been decided yet, so there is no response to preview");
                }
                yield writer.response(authority, r, loaded.requester(), r.response()
                        .map(FoiRequest.IssuedResponse::on).orElse(office.today()));
            }
            case "acknowledgement" -> writer.acknowledgement(authority, r, loaded.requester(), on(loaded.events(),
                    RequestEvent.RequestAcknowledged.class).map(RequestEvent::on).orElse(r.receivedOn()));
            case "clarification" -> {
                RequestEvent.ClarificationSought sought = on(loaded.events(), RequestEvent.ClarificationSought.class)
                        .orElseThrow(() -> ApiProblem.conflict("no clarification has been sought"));
                yield writer.clarification(authority, r, loaded.requester(), sought.question(), sought.on());
            }
            case "fees-notice" -> {
                RequestEvent.FeesNoticeIssued notice = on(loaded.events(), RequestEvent.FeesNoticeIssued.class)
                        .orElseThrow(() -> ApiProblem.conflict("no fees notice has been issued"));
                yield writer.feesNotice(authority, r, loaded.requester(), notice.amountPence(), notice.on());
            }
            case "extension" -> {
                RequestEvent.DeadlineExtended ext = on(loaded.events(), RequestEvent.DeadlineExtended.class)
                        .orElseThrow(() -> ApiProblem.conflict("the deadline has not been extended"));
                yield writer.extension(authority, r, loaded.requester(), ext.considering(), ext.on());
            }
            case "review-outcome" -> {
                RequestEvent.ReviewCompleted done = on(loaded.events(), RequestEvent.ReviewCompleted.class)
                        .orElseThrow(() -> ApiProblem.conflict("no internal review has been completed"));
                RequestEvent.ReviewRequested asked = on(loaded.events(), RequestEvent.ReviewRequested.class)
                        .orElseThrow();
                yield writer.reviewOutcome(authority, r, loaded.requester(), asked.grounds(), asked.on(),
                        done.summary(), done.on());
            }
            default -> throw ApiProblem.notFound("no letter '" + kind + "': response, response-preview,"
                    + " acknowledgement, clarification, fees-notice, extension or review-outcome");
        };
        return send(request, letter, format, r.reference() + "-" + kind);
    }

    /**
     * The letter in the format asked for: {@code format} if given, else the first of PDF, plain text or HTML the
     * Accept header names, else HTML.
     *
     * @param request the HTTP request
     * @param letter  the letter
     * @param format  html, text or pdf, or null
     * @param name    the file name, without extension
     * @return the response
     */
    static HttpResponse<?> send(HttpRequest<?> request, Letter letter, @Nullable String format, String name) {
        String wanted = format != null ? format : request.accept().stream().map(MediaType::getName)
                .filter(t -> t.equals("application/pdf") || t.equals(MediaType.TEXT_PLAIN)
                        || t.equals(MediaType.TEXT_HTML))
                .findFirst().map(t -> t.equals("application/pdf") ? "pdf" : t.equals(MediaType.TEXT_PLAIN) ? "text"
                        : "html").orElse("html");
        String file = name.replaceAll("[^A-Za-z0-9.-]", "_");
        return switch (wanted) {
            case "pdf" -> HttpResponse.ok(LetterPdf.render(letter)).contentType(PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".pdf\"");
            case "text" -> HttpResponse.ok(letter.text()).contentType(MediaType.TEXT_PLAIN_TYPE);
            case "html" -> HttpResponse.ok(letter.html()).contentType(MediaType.TEXT_HTML_TYPE);
            default -> throw ApiProblem.invalid("format", "html, text or pdf");
        };
    }

    private static <E extends RequestEvent> Optional<E> on(List<RequestEvent> events, Class<E> type) {
        E last = null;
        for (RequestEvent e : events) {
            if (type.isInstance(e)) {
                last = type.cast(e);
            }
        }
        return Optional.ofNullable(last);
    }
}
