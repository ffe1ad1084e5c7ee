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
import uk.foi.api.application.Caller;
import uk.foi.api.application.LetterBook;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.RequestId;
import uk.foi.letters.Letter;
import uk.foi.letters.LetterPdf;

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
    private final LetterBook book;

    LetterController(RequestService service, LetterBook book) {
        this.service = service;
        this.book = book;
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
        Caller caller = Callers.of(auth);
        Authority authority = service.authorityOf(caller);
        RequestId requestId = RequestController.requestId(id);
        RequestService.LetterSources loaded = service.letterSources(caller, requestId);
        Letter letter = book.write(authority, loaded.events(), loaded.requester(), kind);
        String reference = LetterBook.reference(loaded.events());
        return send(request, letter, format, reference + "-" + kind);
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
}
