package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** What every page needs: who is signed in, the frame around the content, and the form checks. */
@Singleton
public class Frame {

    private final WebSettings settings;
    private final Session session;

    Frame(WebSettings settings, Session session) {
        this.settings = settings;
        this.session = session;
    }

    /** Thrown where a page needs a signed-in user and there is none (or the session ran out): go to sign in. */
    public static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("not signed in", null, false, false);
        }
    }

    /** Thrown when a form's anti-forgery token is missing or not the user's. */
    public static final class Forged extends RuntimeException {
        Forged() {
            super("the form did not come from this service", null, false, false);
        }
    }

    /** @param request the browser's request @return the signed-in user */
    public Session.User user(HttpRequest<?> request) {
        return session.user(request).orElseThrow(NotSignedIn::new);
    }

    /** @param request the browser's request @return the signed-in user, if any */
    public @Nullable Session.User maybeUser(HttpRequest<?> request) {
        return session.user(request).orElse(null);
    }

    /**
     * @param request the browser's request, a form
     * @param form    its fields
     * @return the signed-in user who sent it
     * @throws Forged if the form's anti-forgery token is not theirs
     */
    public Session.User sender(HttpRequest<?> request, Map<String, String> form) {
        Session.User user = user(request);
        if (!session.genuine(user, form.get("csrf"))) {
            throw new Forged();
        }
        return user;
    }

    /**
     * @param user   who is signed in, if anyone
     * @param title  the page's title
     * @param nav    the navigation item it belongs to
     * @param errors the form's errors, if any
     * @return the frame
     */
    public Pages.Chrome chrome(@Nullable Session.User user, String title, String nav, List<Pages.FormError> errors) {
        return new Pages.Chrome(settings.getServiceName(), title, user, nav, errors);
    }

    /** @param view a template's name @param page its model @return what renders it */
    public static ModelAndView<Map<String, Object>> view(String view, Object page) {
        return new ModelAndView<>(view, Map.of("page", page));
    }
}
