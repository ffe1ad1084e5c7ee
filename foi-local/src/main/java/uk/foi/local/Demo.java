package uk.foi.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * Waits for the API, seeds the demo on the first start (the Metropolitan Police with five requests built from the
 * seed responses, dated so that one is overdue, two fall due soon, one has its complaint window open and one has just
 * arrived), then prints where everything is and a token for each role.
 * <p>
 * {@code java -cp foi-local.jar uk.foi.local.Demo <api url> <jwt secret> <data dir> [<workspace url>]}
 */
public final class Demo {

    static final String AUTHORITY = "met-police";
    static final Map<String, String> USERS = new LinkedHashMap<>();
    static final String AUTHORITY_SETTINGS = """
            {"name": "Metropolitan Police Service", "regime": "FOIA", "costLimit": "OTHER_AUTHORITY",
             "referenceFormat": "01.FOI.{yy}.{seq:6}", "foiEmail": "foi@met.police.example",
             "complaintsAddress": "FOI Complaint\\nMetropolitan Police Service\\nPO Box 313\\nSidcup\\nDA15 0HH",
             "signatory": "Freedom of Information Manager"}""";

    static {
        USERS.put("caseworker", "cw.smith");
        USERS.put("manager", "mgr.jones");
        USERS.put("auditor", "aud.khan");
        USERS.put("admin", "adm.patel");
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String api;
    private final String secret;
    private final WorkingDayCalendar calendar = new StatutoryClock(UkCalendars.bundled())
            .calendarFor(ClockProfile.of(Regime.FOIA));
    private final LocalDate today = LocalDate.now(StatutoryClock.UK);

    private Demo(String api, String secret) {
        this.api = api;
        this.secret = secret;
    }

    /**
     * @param args the API's address, the JWT secret, the data directory, and the workspace's address if it runs
     * @throws Exception if the API does not come up or refuses the demo data
     */
    public static void main(String[] args) throws Exception {
        Demo demo = new Demo(args[0], args[1]);
        Path data = Path.of(args[2]);
        if (!demo.waitForApi(Duration.ofSeconds(180))) {
            System.err.println("foi up: the API did not answer at " + args[0] + " within 3 minutes; see "
                    + data.resolve("logs/api.log"));
            System.exit(2);
        }
        Path seeded = data.resolve("seeded");
        if (!Files.exists(seeded)) {
            try {
                demo.seed();
            } catch (IllegalStateException e) {
                System.err.println("foi up: the demo data was refused: " + e.getMessage());
                System.exit(2);
            }
            Files.writeString(seeded, Instant.now().toString());
        }
        demo.print(data, args.length > 3 ? args[3] : null);
    }

    boolean waitForApi(Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(api + "/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return true;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** The JWT the API accepts: HS256 over sub, authority, roles, iat and exp (30 days). */
    String token(String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"" + USERS.get(role) + "\",\"authority\":\"" + AUTHORITY
                + "\",\"roles\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 30L * 86400) + "}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + claims)
                    .getBytes(StandardCharsets.UTF_8)));
            return header + "." + claims + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String call(String method, String path, String role, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token(role)).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private LocalDate workingDaysAgo(int n) {
        return calendar.plusWorkingDays(today, -n);
    }

    private String intake(LocalDate received, String text, String requester) throws Exception {
        String body = call("POST", "/requests", "caseworker", "{\"receivedOn\":\"" + received
                + "\",\"channel\":\"EMAIL\",\"text\":" + quote(text) + ",\"requester\":{\"name\":" + quote(requester)
                + ",\"email\":\"" + requester.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@example.org\"}}");
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    private void seed() throws Exception {
        call("PUT", "/authorities/" + AUTHORITY, "admin", AUTHORITY_SETTINGS);
        // The demo caseworker as letters name them: the letters of her requests name her and she signs them
        call("PUT", "/authorities/" + AUTHORITY + "/letters/case-officers/cw.smith", "admin",
                "{\"name\":\"Chris Smith\",\"jobTitle\":\"Information Rights Officer\"}");
        // The teams requests are assigned to: the demo's requests go to central-foi; the assignment form offers both
        call("PUT", "/authorities/" + AUTHORITY + "/teams/central-foi", "admin", "{\"name\":\"Central FOI unit\"}");
        call("PUT", "/authorities/" + AUTHORITY + "/teams/professional-standards", "admin",
                "{\"name\":\"Professional standards\"}");
        if (!call("GET", "/requests?limit=1", "caseworker", "").contains("\"items\":[]")) {
            return; // a run that stopped half-way through seeding: keep what is there
        }
        // Overdue: 22 working days old, assigned.
        LocalDate r1 = workingDaysAgo(22);
        String afr = intake(r1, """
                1. Does the force have policy guidance on automated facial recognition or on keeping the images it produces?
                2. Was a privacy impact assessment completed before live automated facial recognition was used?
                3. Who may access images of matches and of false matches?""", "A. Researcher");
        call("POST", "/requests/" + afr + "/assignment", "caseworker",
                "{\"on\":\"" + r1 + "\",\"assignee\":\"cw.smith\",\"team\":\"central-foi\"}");
        // Due within the week: 17 working days old, assigned.
        LocalDate r2 = workingDaysAgo(17);
        String lfr = intake(r2, """
                1. On which dates and at which locations was Live Facial Recognition deployed this year?
                2. How many alerts did each deployment generate, and how many led to an arrest?""", "B. Journalist");
        call("POST", "/requests/" + lfr + "/assignment", "caseworker",
                "{\"on\":\"" + r2 + "\",\"assignee\":\"cw.smith\",\"team\":\"central-foi\"}");
        // Due tomorrow: 19 working days old, nobody assigned yet.
        intake(workingDaysAgo(19), """
                1. Where is Live Facial Recognition in routine operational use?
                2. What watchlist criteria are used?""", "C. Campaigner");
        // Answered six working days ago: the requester's window to ask for an internal review is open.
        LocalDate r4 = workingDaysAgo(25);
        LocalDate answered = workingDaysAgo(6);
        String drones = intake(r4, "1. How many drones does the force own, and what did they cost?", "D. Citizen");
        call("POST", "/requests/" + drones + "/assignment", "caseworker",
                "{\"on\":\"" + r4 + "\",\"assignee\":\"cw.patel\",\"team\":\"central-foi\"}");
        call("POST", "/requests/" + drones + "/parts/1/decision", "caseworker", "{\"on\":\"" + answered
                + "\",\"decisions\":[{\"outcome\":\"DISCLOSED\",\"answer\":\"The force owns 72 drones, bought for "
                + "£1.2 million in total.\"}]}");
        call("POST", "/requests/" + drones + "/response", "caseworker", "{\"on\":\"" + answered + "\"}");
        // ... and published on the disclosure log the same day.
        call("POST", "/requests/" + drones + "/publication", "caseworker", "{\"on\":\"" + answered + "\",\"text\":"
                + "\"1. How many drones does the force own, and what did they cost?\"}");
        // Just arrived.
        intake(workingDaysAgo(1), """
                1. If mobile phone extraction devices were deployed, how many?
                2. Which units used them?""", "E. Student");
        System.out.println("Demo data: the Metropolitan Police Service with five requests (one overdue, two due "
                + "within the week, one answered and published with its complaint window open, one new).");
        if (emailRequest()) {
            System.out.println("A sixth arrives by email, through WhatDoTheyKnow, within seconds.");
        }
    }

    /**
     * Sends a request to the FOI mailbox over SMTP, as WhatDoTheyKnow would, where ./foi up runs its own mail server
     * (FOI_MAIL_SMTP_PORT in the environment): foi-api's mailroom reads it over IMAP and makes it a request.
     */
    private static boolean emailRequest() throws jakarta.mail.MessagingException {
        String port = System.getenv("FOI_MAIL_SMTP_PORT");
        if (port == null || !"localhost".equals(System.getenv("FOI_MAIL_SMTP_HOST"))) {
            return false;
        }
        java.util.Properties props = new java.util.Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", port);
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(props));
        try {
            m.setFrom(new jakarta.mail.internet.InternetAddress("request-90210-5ad1c0de@whatdotheyknow.com",
                    "F. Requester"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, Infrastructure.FOI_MAILBOX);
        m.setSubject("Freedom of Information request - Stop and search with body-worn video");
        m.setText("""
                Dear Metropolitan Police Service,

                Please send me:
                1. How many stop and search encounters were recorded on body-worn video in 2025?
                2. How long is such footage kept?

                Yours faithfully,
                F. Requester
                """);
        jakarta.mail.Transport.send(m);
        return true;
    }

    /**
     * The team's calendar feed: made once by the manager (POST /calendar/feeds) and kept in the data directory, since
     * its URL is shown only when it is made; made again if it was revoked.
     */
    private String feedUrl(Path data) throws Exception {
        Path saved = data.resolve("calendar-feed-url");
        if (Files.exists(saved)) {
            String url = Files.readString(saved).trim();
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return url;
            }
        }
        String made = call("POST", "/calendar/feeds", "manager", "{\"team\":\"central-foi\"}");
        Matcher url = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"").matcher(made);
        if (!url.find()) {
            throw new IllegalStateException("POST /calendar/feeds answered no url: " + made);
        }
        Files.writeString(saved, url.group(1));
        return url.group(1);
    }

    private void print(Path data, String workspace) throws Exception {
        Files.createDirectories(data.resolve("tokens"));
        for (String role : USERS.keySet()) {
            Files.writeString(data.resolve("tokens").resolve(role), token(role));
        }
        System.out.println();
        System.out.println("The FOI toolkit is running.");
        if (workspace != null) {
            System.out.println("  Workspace      " + workspace + "  (staff: sign in as a demo user; the public:"
                    + " " + workspace + "/disclosure-log)");
        }
        System.out.println("  API            " + api + "/requests");
        System.out.println("  Swagger UI     " + api + "/swagger-ui/index.html");
        System.out.println("  Disclosure log " + api + "/disclosure-log?authority=" + AUTHORITY + "  (public)");
        // a feed token: it reads the team's deadlines and nothing else, and DELETE /calendar/feeds/{id} revokes it
        System.out.println("  iCal feed      " + feedUrl(data) + "  (team central-foi)");
        System.out.println("  Health         " + api + "/health");
        System.out.println();
        System.out.println("Demo tokens (authority " + AUTHORITY + "; valid 30 days):");
        USERS.keySet().forEach(role -> System.out.println("  " + role + ": " + token(role)));
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl -s -H \"Authorization: Bearer $(cat " + data.resolve("tokens/caseworker")
                + ")\" '" + api + "/requests?overdue=true'");
        System.out.println("Mail to staff is written to " + data.resolve("mail") + " (one .eml per alert).");
        String smtp = System.getenv("FOI_MAIL_SMTP_PORT");
        if (smtp != null && "localhost".equals(System.getenv("FOI_MAIL_SMTP_HOST"))) {
            System.out.println("Requests by email: send to " + Infrastructure.FOI_MAILBOX + " through SMTP on localhost:"
                    + smtp + " (README: Send a request by email); letters to requesters are sent there too: read them"
                    + " over IMAP on localhost:" + System.getenv("FOI_MAIL_IMAP_PORT") + ", user and password both the"
                    + " requester's address.");
        }
        System.out.println("Ctrl-C stops everything; ./foi up again carries on where it stopped.");
    }

    private static String quote(String s) {
        return "\"" + s.strip().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
