package uk.foi.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.web.api.FoiApi;

/** Every failure as a page a person can act on: never a stack trace, never JSON. */
@Controller
@Produces(MediaType.TEXT_HTML)
public class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    private final Frame frame;

    WebErrors(Frame frame) {
        this.frame = frame;
    }

    /**
     * @param request the request
     * @return to the sign-in page, remembering a page asked for (an alert email's link) to land on afterwards
     */
    @Error(global = true, exception = Frame.NotSignedIn.class)
    public HttpResponse<?> notSignedIn(HttpRequest<?> request) {
        var toSignIn = HttpResponse.seeOther(URI.create("/sign-in"));
        return request.getMethod() == io.micronaut.http.HttpMethod.GET && ReturnTo.ours(request.getPath())
                ? toSignIn.cookie(ReturnTo.remember(request)) : toSignIn;
    }

    /** @param request the request @return 403 */
    @Error(global = true, exception = Frame.Forged.class)
    public HttpResponse<?> forged(HttpRequest<?> request) {
        return problem(request, HttpStatus.FORBIDDEN, "The form has expired", "Go back, reload the page and try"
                + " again.");
    }

    /** @param request the request @param e what failed @return 503 */
    @Error(global = true, exception = FoiApi.Unavailable.class)
    public HttpResponse<?> unavailable(HttpRequest<?> request, FoiApi.Unavailable e) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "Sorry, the service is unavailable",
                "The request service is not answering. Try again in a few minutes; nothing you sent has been lost"
                        + " or half-saved.");
    }

    /** @param request the request @param e the API's answer @return a page saying what it means */
    @Error(global = true, exception = FoiApi.Failed.class)
    public HttpResponse<?> failed(HttpRequest<?> request, FoiApi.Failed e) {
        int status = e.reply().status();
        if (status == 401) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        if (status == 404) {
            return notFound(request);
        }
        if (status == 403) {
            return problem(request, HttpStatus.FORBIDDEN, "You cannot see this",
                    e.reply().problem() != null && e.reply().problem().detail() != null
                            ? e.reply().problem().detail() : "Your role does not allow it.");
        }
        LOG.warn("{} {}: foi-api answered {}", request.getMethod(), request.getPath(), status);
        return problem(request, HttpStatus.BAD_GATEWAY, "Sorry, there is a problem with the service",
                "The request service could not do this (" + status + "). Try again later.");
    }

    /** @param request the request @return 404 */
    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return problem(request, HttpStatus.NOT_FOUND, "Page not found", "If you typed the web address, check it is"
                + " correct. If you followed a link to a request, it may belong to another authority.");
    }

    /** @param request the request @param e what failed @return 500, with nothing of the failure shown */
    @Error(global = true, exception = RuntimeException.class)
    public HttpResponse<?> failure(HttpRequest<?> request, RuntimeException e) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                "Try again later.");
    }

    private HttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, String heading, String message) {
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(Frame.view("problem",
                new Pages.Problem(frame.chrome(frame.maybeUser(request), heading, "", List.of()), heading, message)));
    }
}
