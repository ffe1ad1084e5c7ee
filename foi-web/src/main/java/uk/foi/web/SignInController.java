package uk.foi.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out. With an OpenID Connect provider configured ({@code FOI_WEB_OIDC_ISSUER}), the page offers
 * sign-in with the organisation's account ({@link OidcSignIn}). Locally ({@code ./foi up}, which sets
 * {@code FOI_WEB_LOCAL_JWT_SECRET} to foi-api's own key) it lists the demo users and signs a token for the one
 * chosen, as foi-api's own tokens are signed.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
public class SignInController {

    /** How long a session lasts: a working day. */
    static final Duration SESSION = Duration.ofHours(9);

    private final WebSettings settings;
    private final Session session;
    private final Frame frame;
    private final BeanProvider<OidcSignIn> oidc;

    SignInController(WebSettings settings, Session session, Frame frame, BeanProvider<OidcSignIn> oidc) {
        this.settings = settings;
        this.oidc = oidc;
        this.session = session;
        this.frame = frame;
    }

    /** @param request the browser's request @return the caseload when signed in, the sign-in page otherwise */
    @Get
    public HttpResponse<?> home(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create(session.user(request).isPresent() ? "/caseload" : "/sign-in"));
    }

    /** @param request the browser's request @return the sign-in page */
    @Get("/sign-in")
    public HttpResponse<?> page(HttpRequest<?> request) {
        return page(request, List.of(), HttpStatus.OK);
    }

    private io.micronaut.http.MutableHttpResponse<?> page(HttpRequest<?> request, List<Pages.FormError> errors,
            HttpStatus status) {
        return HttpResponse.status(status).body(Frame.view("signin", new Pages.SignIn(frame.chrome(
                frame.maybeUser(request), "Sign in", "sign-in", errors), settings.getLocalUsers(), local(),
                settings.oidc(), settings.getOidcProviderName())));
    }

    /**
     * @param request the browser's request
     * @param why     what went wrong with signing in with an account, in a sentence for the user
     * @return the sign-in page saying so
     */
    io.micronaut.http.MutableHttpResponse<?> refused(HttpRequest<?> request, String why) {
        return page(request, List.of(new Pages.FormError("sign-in-oidc", why)), HttpStatus.BAD_REQUEST);
    }

    /**
     * @param request the browser's request
     * @param form    the user chosen
     * @return to the caseload, with the session cookie
     */
    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        Optional<String> role = settings.getLocalUsers().stream().filter(u -> u.startsWith(form.get("user") + ":"))
                .map(u -> u.substring(u.indexOf(':') + 1)).findFirst();
        if (!local() || role.isEmpty()) {
            return page(request, List.of(new Pages.FormError("user-" + settings.getLocalUsers().get(0)
                    .split(":")[0], "Choose who you are")), HttpStatus.BAD_REQUEST);
        }
        String token = sign(settings.getLocalJwtSecret(), form.get("user"), settings.getLocalAuthority(), role.get(),
                SESSION);
        return HttpResponse.seeOther(ReturnTo.after(request)).cookie(session.cookie(token, form.get("user"),
                List.of(role.get()), settings.getLocalAuthority(), false, SESSION)).cookie(ReturnTo.forget());
    }

    /**
     * @param request the browser's request
     * @param form    the anti-forgery token
     * @return to the sign-in page without the session; for a user of the organisation's account, by way of the
     *         provider's sign-out, so that its session ends too (OpenID Connect RP-Initiated Logout)
     */
    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        URI next = user.provider() ? oidc.get().signOut().orElse(URI.create("/sign-in")) : URI.create("/sign-in");
        return HttpResponse.seeOther(next).cookie(session.ended());
    }

    private boolean local() {
        return settings.getLocalJwtSecret() != null && !settings.getLocalJwtSecret().isBlank();
    }

    /**
     * A token as foi-api's own are made: HS256 over iss ({@code foi-api}, its application name), sub, authority,
     * roles, iat and exp.
     *
     * @param secret    foi-api's key, at least 256 bits
     * @param user      the {@code sub}
     * @param authority the user's authority
     * @param role      the user's role
     * @param lasts     how long it is valid
     * @return the signed token
     */
    static String sign(String secret, String user, String authority, String role, Duration lasts) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("foi-api").subject(user).claim("authority", authority)
                .claim("roles", List.of(role)).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lasts)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("the local sign-in's key cannot sign: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
