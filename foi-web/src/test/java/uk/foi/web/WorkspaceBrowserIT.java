package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A whole case as FOI staff work it, in a real browser against the real services (foi-api from its jar on the test
 * PostgreSQL and Kafka): sign in, log a request, read why its date is what it is, assign it, decide its questions,
 * meet the section 17 check, fix the refusal, preview the letter, send it, publish it on the disclosure log with the
 * requester's signature taken out, and read the log, the entry and its letter as the public.
 * Every page in every state is checked with axe-core (WCAG 2.2 AA): no violations. A second case is worked by keyboard
 * alone. Each test signs in afresh and finds its own request, so they pass in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserIT {

    /** The organisation's identity provider: a real OpenID Connect server, in-process. */
    private final MockOAuth2Server provider = new MockOAuth2Server();
    private static final String FOI_MAILBOX = "foi@met.police.example";
    private int smtpPort;
    private int imapPort;
    private com.icegreen.greenmail.util.GreenMail mail;
    private RunningApi api;
    private EmbeddedServer web;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        Path target = Path.of(System.getProperty("foi.web.screenshots", "target/screenshots")).getParent();
        provider.start();
        String issuer = provider.issuerUrl("met").toString();
        // foi-api trusts the provider's tokens and maps its groups onto roles (ProviderClaims)
        smtpPort = RunningApi.freePort();
        imapPort = RunningApi.freePort();
        mail = startMail();
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "FOI_JWT_JWKS_URL", provider.jwksUrl("met").toString(), "FOI_JWT_ISSUERS", issuer + ",foi-api",
                "FOI_JWT_PROVIDER_ROLES_CLAIM", "groups",
                "FOI_JWT_PROVIDER_ROLE_MAP", "FOI-Caseworkers=caseworker,FOI-Managers=manager",
                "FOI_JWT_PROVIDER_AUTHORITY", "met-police"));
        // the FOI mailbox: requests in over IMAP, letters out over SMTP; a letter not sent fails after two attempts
        environment.putAll(Map.of("FOI_MAIL_AUTHORITY", "met-police", "FOI_MAIL_IMAP_HOST", "127.0.0.1",
                "FOI_MAIL_IMAP_PORT", String.valueOf(imapPort), "FOI_MAIL_IMAP_SSL", "false",
                "FOI_MAIL_IMAP_USER", FOI_MAILBOX, "FOI_MAIL_IMAP_PASSWORD", "mailbox-secret",
                "FOI_MAIL_POLL", "300ms", "FOI_MAIL_SMTP_HOST", "127.0.0.1",
                "FOI_MAIL_SMTP_PORT", String.valueOf(smtpPort), "FOI_MAIL_SMTP_STARTTLS", "false"));
        environment.putAll(Map.of("FOI_MAIL_SEND_EVERY", "300ms", "FOI_MAIL_SEND_ATTEMPTS", "2",
                "FOI_MAIL_FIRST_RETRY", "300ms"));
        api = RunningApi.start(target.resolve("foi-api-browser-it.log"), environment);
        int port = RunningApi.freePort();
        web = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", port,
                "foi.web.api-url", api.url, "foi.web.local-jwt-secret", api.secret,
                "foi.web.public-url", "http://localhost:" + port, "foi.web.oidc-issuer", issuer,
                "foi.web.oidc-client-id", "foi-web", "foi.web.oidc-client-secret", "web-secret",
                "foi.web.oidc-provider-name", "your Met account"));
        browser = new Browser("http://localhost:" + web.getPort(),
                Path.of(System.getProperty("foi.web.screenshots", "target/screenshots")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
        if (api != null) {
            api.close();
        }
        provider.shutdown();
        if (mail != null) {
            mail.stop();
        }
    }

    /** The mail server, on the same two ports each time it is started. */
    private com.icegreen.greenmail.util.GreenMail startMail() {
        var server = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
            new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"),
            new com.icegreen.greenmail.util.ServerSetup(imapPort, "127.0.0.1", "imap")});
        server.start();
        server.setUser(FOI_MAILBOX, FOI_MAILBOX, "mailbox-secret");
        return server;
    }

    /**
     * Signing in with the organisation's account (OpenID Connect, authorization code with PKCE): the provider's
     * groups become the service's roles as foi-api maps them, and the session ends on signing out.
     */
    @Test
    void signingInWithTheOrganisationsAccount() throws Exception {
        browser.driver.manage().deleteAllCookies();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("met", "amara.okafor@met.example", "JWT",
                java.util.List.of("foi-api"), Map.of("groups", java.util.List.of("All-Staff", "FOI-Managers")),
                3600));
        browser.open("/sign-in");
        assertThat(browser.check("sign-in-oidc")).isEmpty();

        browser.clickAndWait("a[href='/sign-in/oidc']");

        assertThat(browser.find("h1").getText()).as("a manager's caseload").isEqualTo("All requests");
        assertThat(browser.main()).doesNotContain("Sorry");
        assertThat(browser.find(".foi-header__user").getText())
                .isEqualTo("Signed in as amara.okafor@met.example (manager)");

        // signing out goes by the provider's end-session endpoint, which comes back to the sign-in page
        browser.clickAndWait(".foi-header__sign-out");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 30 && seen.stream().noneMatch(path -> path.startsWith("/met/endsession")); i++) {
            var recorded = provider.takeRequest(2, java.util.concurrent.TimeUnit.SECONDS);
            seen.add(recorded == null || recorded.getPath() == null ? "" : recorded.getPath());
        }
        assertThat(seen).as("the provider's end-session endpoint was visited")
                .anyMatch(path -> path.startsWith("/met/endsession?") && path.contains("client_id=foi-web")
                        && path.contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A" + web.getPort()
                                + "%2Fsign-in"));
        browser.open("/caseload");
        assertThat(browser.driver.getTitle()).startsWith("Sign in");

        // a sign-in coming back with another state than the one this browser started is refused, and says so
        browser.driver.manage().deleteAllCookies();
        browser.open("/sign-in/oidc/callback?code=stolen&state=forged");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Please start again");
        assertThat(browser.check("sign-in-oidc-refused")).isEmpty();
        browser.open("/caseload");
        assertThat(browser.driver.getTitle()).startsWith("Sign in");
    }

    @Test
    void aCaseFromIntakeToTheDisclosureLog() throws Exception {
        // Signing in: the local sign-in lists the demo users
        browser.driver.manage().deleteAllCookies();
        browser.open("/");
        assertThat(browser.driver.getTitle()).startsWith("Sign in");
        assertThat(browser.check("sign-in")).isEmpty();
        browser.find("#user-cw\\.smith").click();
        browser.clickAndWait("main form button");
        assertThat(browser.find("h1").getText()).isEqualTo("My requests");
        assertThat(browser.check("caseload-mine")).isEmpty();

        // Logging a request with a mistake: the error summary links to the field
        browser.open("/requests/new");
        browser.find("#text").sendKeys("1. How many drones does the force own?\n2. The names of the drone pilots."
                + "\nThanks,\nJo Bloggs");
        browser.find("#receivedOn").sendKeys("2 November");
        browser.clickAndWait("main form button");
        assertThat(browser.driver.getTitle()).startsWith("Error: Log a request");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("Enter the date received")
                .contains("Enter the requester's name");
        assertThat(browser.find("#receivedOn-error").getText()).contains("year-month-day");
        assertThat(browser.check("intake-errors")).isEmpty();

        // ... corrected: received Monday 2 November 2026, due Tuesday 1 December (St Andrew's Day, Monday
        // 30 November, is a bank holiday in Scotland and so not a working day under FOIA s10(6))
        browser.find("#receivedOn").clear();
        browser.find("#receivedOn").sendKeys("2026-11-02");
        browser.find("#name").sendKeys("Jo Bloggs");
        browser.find("#email").sendKeys("jo@example.org");
        browser.clickAndWait("main form button");
        assertThat(browser.banner()).contains("The request has been logged");
        String requestUrl = browser.driver.getCurrentUrl().replaceAll("\\?.*$", "");
        String reference = browser.find("h1").getText().split(" ")[0];
        assertThat(browser.main()).contains("Tuesday 1 December 2026").contains("Jo Bloggs");
        browser.find(".govuk-summary-card .govuk-details__summary").click();
        assertThat(browser.find(".govuk-summary-card .govuk-details__text").getText()).contains("St Andrew");
        assertThat(browser.check("request-logged")).isEmpty();

        // The caseload lists it with its date and the working days left
        browser.open("/caseload?view=all&q=" + reference);
        WebElement row = browser.driver.findElement(By.xpath("//tr[td/a[text()='" + reference + "']]"));
        assertThat(row.getText()).contains("1 Dec 2026").containsPattern(
                "\\d+ working days? left|Due today|Overdue by \\d+ working days?");
        assertThat(browser.find(".foi-counts").getText()).containsPattern("1\\s+Any status")
                .containsPattern("1\\s+Received");
        assertThat(browser.check("caseload")).isEmpty();

        // Assigning it, by keyboard alone: type, Tab to the next field, type, Enter
        browser.driver.get(requestUrl);
        browser.find("#assignee").sendKeys("cw.smith", Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("team");
        browser.find("#team").clear();
        WebElement before = browser.find("html");
        browser.find("#team").sendKeys("central-foi", Keys.ENTER);
        browser.waitUntilGone(before);
        assertThat(browser.banner()).contains("assigned");
        assertThat(browser.main()).contains("central-foi");

        // Deciding question 1 (disclosed) and question 2 (withheld, without reasons)
        decide("1", "DISCLOSED", "The force owns 12 drones.");
        decide("2", "WITHHELD", "", "FOIA s40(2)", "", "FOIA s40(3A)(a)", "");
        assertThat(browser.find("#part-2").getText()).contains("Must be fixed");
        assertThat(browser.find("#send").isDisplayed()).isTrue();
        assertThat(browser.main()).contains("must be fixed before this response is sent");
        assertThat(browser.check("s17-findings")).isEmpty();

        // Sending it anyway: refused, with the section 17 findings
        browser.clickAndWait("form[action$='/response'] button");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("not a valid refusal notice");
        assertThat(browser.check("s17-refused")).isEmpty();

        // A public interest test for the absolute first condition of s40: refused, beside that provision's test
        WebElement form = fill("2", "WITHHELD", "", "FOIA s40(2)", "The pilots' names are their personal data.",
                "FOIA s40(3A)(a)", "");
        browser.find("#p2-g1-publicInterest").findElement(By.xpath("ancestor::details[1]/summary")).click();
        browser.find("#p2-g1-publicInterest").sendKeys("Transparency about the drone unit");
        browser.clickAndWait(form.findElement(By.cssSelector("button")));
        assertThat(browser.find(".govuk-error-summary").getText()).contains("FOIA s40(3A)(a) is absolute");
        assertThat(browser.find("#p2-g1-publicInterest").findElement(By.xpath("..")).getAttribute("class"))
                .contains("govuk-form-group--error");
        assertThat(browser.check("misplaced-test")).isEmpty();

        // A fourth provision: "Add another provision" shows the form again with one more, keeping what was typed
        browser.clickAndWait(browser.find("#part-2 form[action$='/decision'] button[name='add']"));
        assertThat(browser.find("#part-2").getText()).contains("Provision 4");
        assertThat(browser.find("#p2-g0-reasons").getAttribute("value"))
                .isEqualTo("The pilots' names are their personal data.");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("p2-g3-citation");
        assertThat(browser.check("another-provision")).isEmpty();

        // Fixing it: no test for the condition, the reasons for s40(2), then the letter as it will go
        browser.find("#p2-g1-publicInterest").clear();
        decide("2", "WITHHELD", "", "FOIA s40(2)",
                "The pilots' names are their personal data; disclosure would breach the first principle.",
                "FOIA s40(3A)(a)", "");
        assertThat(browser.main()).contains("found nothing that stops this response being sent");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Preview the letter as it will be sent")));
        assertThat(browser.find("h1").getText()).isEqualTo("Preview of the response");
        assertThat(browser.check("letter-preview")).isEmpty();
        browser.driver.switchTo().frame(browser.find("iframe"));
        assertThat(browser.find("body").getText()).contains("Dear Jo Bloggs").contains("Section 40(2)");
        browser.driver.switchTo().defaultContent();

        // Sending it
        browser.driver.get(requestUrl);
        browser.clickAndWait("form[action$='/response'] button");
        assertThat(browser.banner()).contains("The response has been sent");
        assertThat(browser.find("h1").getText()).contains("Responded");
        assertThat(browser.check("responded")).isEmpty();

        assertThat(browser.main()).contains("Not published");

        // Publishing: the draft has the requester's signature taken out, and the wording must keep the questions
        browser.clickAndWait(browser.driver.findElement(By.linkText("Prepare it for the disclosure log")));
        assertThat(browser.main()).contains("What we removed").contains("Jo Bloggs");
        String draft = browser.find("#text").getAttribute("value");
        assertThat(draft).contains("[name removed]").doesNotContain("Jo Bloggs");
        assertThat(browser.check("publication-draft")).isEmpty();
        browser.find("#text").clear();
        browser.find("#text").sendKeys("1. How many drones does the force own?");
        browser.clickAndWait("main form button");
        assertThat(browser.find("#text-error").getText()).contains("must keep the request's parts");
        assertThat(browser.check("publication-refused")).isEmpty();
        browser.find("#text").clear();
        browser.find("#text").sendKeys(draft);
        browser.clickAndWait("main form button");
        assertThat(browser.banner()).contains("The response is on the disclosure log");
        assertThat(browser.main()).contains("Published on");
        assertThat(browser.check("published")).isEmpty();

        // What happened next: a complaint to the Commissioner needs its reference; then an internal review request
        commandForm("ico-complaint", Map.of());
        assertThat(browser.find("#ico-complaint-icoReference-error").getText()).isNotBlank();
        assertThat(browser.check("ico-complaint-error")).isEmpty();
        commandForm("review-request", Map.of("grounds", "Part 2 should be released with the names redacted."));
        assertThat(browser.banner()).contains("The internal review request has been recorded");
        assertThat(browser.find("h1").getText()).contains("Review requested");
        assertThat(browser.main()).doesNotContain("Record the review's result"); // a manager's, not cw.smith's

        // The quarter's figures: the response counted, its exemptions listed, each chart's numbers in a table
        browser.tabTo(browser.driver.findElement(By.linkText("Figures")));
        browser.open("/dashboard?quarter=2026-Q4");
        assertThat(browser.find("h1").getText()).isEqualTo("October to December 2026");
        assertThat(browser.find("#outcomes").getText()).containsPattern("Partially withheld [1-9]");
        assertThat(browser.find("#exemptions").getText()).contains("FOIA s40(2)");
        assertThat(browser.driver.findElements(By.cssSelector("svg.foi-chart__svg[aria-hidden='true']")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.check("dashboard")).isEmpty();

        // The public: signed out, the disclosure log has the response as published and nothing of the requester
        browser.clickAndWait("header form button");
        browser.open("/disclosure-log");
        assertThat(browser.main()).contains(reference).contains("[name removed]").doesNotContain("Jo Bloggs")
                .doesNotContain("jo@example.org");
        assertThat(browser.check("disclosure-log")).isEmpty();
        browser.clickAndWait(browser.driver.findElement(By.linkText(reference)));
        assertThat(browser.find("h1").getText()).isEqualTo("Request " + reference);
        assertThat(browser.main()).contains("The force owns 12 drones.").contains("FOIA s40(2)")
                .doesNotContain("Jo Bloggs");
        assertThat(browser.check("disclosure-entry")).isEmpty();
        browser.clickAndWait(browser.driver.findElement(By.linkText("Read the response letter")));
        assertThat(browser.find("body").getText()).contains("Section 40(2)").contains("[name removed]")
                .doesNotContain("Jo Bloggs").doesNotContain("jo@example.org");
        assertThat(browser.check("disclosure-letter")).isEmpty();

        // And a page that is not there
        browser.open("/nowhere");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.check("not-found")).isEmpty();
    }

    /**
     * The case flow by keyboard alone (WCAG 2.1.1): every control reached with Tab in the page's order, radio buttons
     * chosen with the arrow keys, details opened and forms sent with Enter. Nothing is clicked.
     */
    @Test
    void aCaseByKeyboardAlone() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.open("/");
        browser.chooseRadio("user", "mgr.jones");
        browser.tabTo("main form button");
        browser.enterAndWait();
        assertThat(browser.find("h1").getText()).isEqualTo("All requests");

        browser.tabTo(browser.driver.findElement(By.linkText("Log a request")));
        browser.enterAndWait();
        browser.tabTo("#receivedOn");
        browser.press("2026-11-09");
        browser.tabTo("#text");
        browser.press("1. How many horses does the mounted branch keep?");
        browser.tabTo("#name");
        browser.press("K. Board");
        browser.tabTo("main form button");
        browser.enterAndWait();
        assertThat(browser.find("#email-error").getText()).contains("address for correspondence");
        browser.tabTo("#email");
        browser.press("k.board@example.org");
        browser.tabTo("main form button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The request has been logged");

        // Re-routed to the EIR by keyboard: the stables' manure management is environmental information
        keyboardForm("regime");
        browser.chooseRadio("regime", "EIR");
        browser.tabTo("#regime-reason");
        browser.press("Manure management at the stables is environmental information (EIR reg 2(1)(c)).");
        browser.tabTo("form[action$='/regime'] button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("handled under the other law");

        browser.tabTo("#part-1 details summary");
        browser.press(Keys.ENTER);
        browser.chooseRadio("outcome", "DISCLOSED");
        browser.tabTo("#p1-answer");
        browser.press("The branch keeps 110 horses.");
        browser.tabTo("#part-1 details button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The decision has been saved");

        browser.tabTo("form[action$='/response'] button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The response has been sent");

        browser.tabTo(browser.driver.findElement(By.linkText("Prepare it for the disclosure log")));
        browser.enterAndWait();
        browser.tabTo("main form button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The response is on the disclosure log");
        assertThat(browser.check("keyboard-published")).isEmpty();

        // An internal review asked for and, by the manager, upheld; its outcome letter read
        keyboardForm("review-request");
        browser.tabTo("#review-request-grounds");
        browser.press("You hold more on the horses' feed.");
        browser.tabTo("form[action$='/review-request'] button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The internal review request has been recorded");
        keyboardForm("review-result");
        browser.chooseRadio("result", "UPHELD");
        browser.tabTo("#review-result-summary");
        browser.press("The branch's records were searched in full.");
        browser.tabTo("form[action$='/review-result'] button");
        browser.enterAndWait();
        assertThat(browser.banner()).contains("The review's result has been recorded");
        browser.tabTo(browser.driver.findElement(By.linkText("Read the outcome letter")));
        browser.enterAndWait();
        assertThat(browser.find("h1").getText()).isEqualTo("The outcome of the internal review");
        assertThat(browser.check("keyboard-review-letter")).isEmpty();
        // Framed in the page, as staff read it (the letter's own headers allow its page to frame it)
        browser.driver.switchTo().frame(browser.find("iframe"));
        assertThat(browser.find("body").getText()).contains("Internal review", "You said:",
                "You hold more on the horses' feed.", "I uphold the response");
        browser.driver.switchTo().defaultContent();

        // The quarter's figures count it under the EIR, in a table of its own
        browser.tabTo(browser.driver.findElement(By.linkText("Figures")));
        browser.enterAndWait();
        browser.open("/dashboard?quarter=2026-Q4");
        assertThat(browser.find("#by-regime").getText()).containsPattern("EIR 1 1 0 0 0");
        assertThat(browser.check("keyboard-figures")).isEmpty();
    }

    /** Opens a lifecycle form's details by keyboard: Tab to its summary, Enter. */
    private void keyboardForm(String command) {
        browser.tabTo(browser.find("form[action$='/" + command + "']").findElement(By.xpath("ancestor::details/summary")));
        browser.press(Keys.ENTER);
    }

    /** Opens a lifecycle form on the request page, types into its fields and sends it. */
    private void commandForm(String command, Map<String, String> fields) {
        WebElement form = browser.find("form[action$='/" + command + "']");
        WebElement details = form.findElement(By.xpath("ancestor::details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.cssSelector("summary")).click();
        }
        fields.forEach((name, value) -> {
            WebElement input = browser.find("#" + command + "-" + name);
            input.clear();
            input.sendKeys(value);
        });
        browser.clickAndWait(form.findElement(By.cssSelector("button")));
    }

    /** Opens the part's decision form, if it is closed. */
    private WebElement openDecisionForm(String part) {
        WebElement details = browser.find("#part-" + part + " details");
        if (details.getAttribute("open") == null) {
            details.findElement(By.cssSelector("summary")).click();
        }
        return details;
    }

    /**
     * Decides a part through its form: the outcome, the answer, and each provision with its reasons, given as
     * pairs of citation and reasons (the form's first, second and third provisions).
     */
    private void decide(String part, String outcome, String answer, String... citationsAndReasons) {
        browser.clickAndWait(fill(part, outcome, answer, citationsAndReasons).findElement(By.cssSelector("button")));
    }

    /** Fills a part's decision form as {@link #decide} does, without sending it; returns the form's details. */
    private WebElement fill(String part, String outcome, String answer, String... citationsAndReasons) {
        WebElement details = openDecisionForm(part);
        browser.find("#p" + part + "-outcome-" + outcome).click();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("answer", answer);
        for (int g = 0; g < RequestPages.GROUND_ROWS; g++) {
            boolean given = 2 * g < citationsAndReasons.length;
            fields.put("g" + g + "-citation", given ? citationsAndReasons[2 * g] : "");
            fields.put("g" + g + "-reasons", given ? citationsAndReasons[2 * g + 1] : "");
        }
        fields.forEach((field, value) -> {
            WebElement input = browser.find("#p" + part + "-" + field);
            input.clear();
            input.sendKeys(value);
        });
        return details;
    }

    /**
     * An admin sets the authority's letters as a person would: names a case officer (a mistake first, shown next to
     * its field), gives the authority's own letterhead (a template that would break letters first, refused with the
     * reason next to the text, nothing kept), then goes back to the standard wording. Each state is checked with
     * axe-core; a caseworker sees no Letters item.
     */
    @Test
    void anAdminSetsTheAuthoritysLetters() throws Exception {
        signInAs("adm.patel");
        browser.clickAndWait("a.govuk-service-navigation__link[href='/settings']");
        browser.clickAndWait("main a[href='/settings/letters']");
        assertThat(browser.find("h1").getText()).isEqualTo("Letters");
        assertThat(browser.check("letters")).isEmpty();

        browser.find("#userId").sendKeys("cw.smith");
        browser.find("#jobTitle").sendKeys("Information Rights Officer");
        browser.clickAndWait("form[action='/settings/letters/case-officers'] button");
        assertThat(browser.driver.getTitle()).startsWith("Error: Letters");
        assertThat(browser.find("#name-error").getText()).contains("Enter the name letters give");
        assertThat(browser.find("#userId").getAttribute("value")).isEqualTo("cw.smith");
        assertThat(browser.check("letters-officer-error")).isEmpty();
        browser.find("#name").sendKeys("Sam Smith");
        browser.find("#phone").sendKeys("020 7230 1212");
        browser.clickAndWait("form[action='/settings/letters/case-officers'] button");
        assertThat(browser.banner()).contains("The case officer has been saved");
        assertThat(browser.find("#case-officers + p + table").getText()).contains("cw.smith", "Sam Smith",
                "Information Rights Officer", "020 7230 1212");

        browser.clickAndWait("a[href='/settings/letters/templates/heading.txt']");
        assertThat(browser.find("#source").getAttribute("value")).as("the standard wording to start from")
                .contains("Dear {{salutation}}");
        assertThat(browser.check("letters-template")).isEmpty();
        browser.find("#source").clear();
        browser.find("#source").sendKeys("METROPOLITAN POLICE SERVICE\n{{#officer}}Case officer: {{name}}\n\n"
                + "{{date}}\n\nDear {{salutation}}\n");
        browser.clickAndWait("button[value='save']");
        assertThat(browser.find("#source-error").getText()).as("an unclosed section would break every letter")
                .contains("heading.txt: line 2: {{#officer}} (or {{^officer}}) is opened but never closed");
        assertThat(browser.check("letters-template-error")).isEmpty();
        browser.find("#source").clear();
        browser.find("#source").sendKeys("METROPOLITAN POLICE SERVICE\n{{#officer}}Case officer: {{name}}\n"
                + "{{/officer}}\n{{date}}\n\nDear {{salutation}}\n");
        browser.clickAndWait("button[value='save']");
        assertThat(browser.banner()).contains("Your wording has been saved");
        assertThat(browser.main()).contains("heading.txt").contains("Your own");

        browser.clickAndWait("a[href='/settings/letters/templates/heading.txt']");
        assertThat(browser.find("#source").getAttribute("value")).startsWith("METROPOLITAN POLICE SERVICE");
        browser.clickAndWait("button[value='standard']");
        assertThat(browser.banner()).contains("The standard wording is in use again");

        signInAs("cw.smith");
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/settings']")))
                .as("a caseworker does not change letters").isEmpty();
    }

    /**
     * An admin changes a policy day: foi-api's reasons appear next to the fields they concern, the settings are saved
     * for new requests, and applied to the open ones with a reason; a caseworker can read them but not change them.
     * The settings are put back as they were (and applied again) at the end, whatever happens, so no other test sees
     * them.
     */
    @Test
    void anAdminChangesTheAuthoritysSettingsAndAppliesThemToOpenRequests() throws Exception {
        Logged logged = logRequest("1. The number of horses.", "Rider", "horses@example.org");
        signInAs("adm.patel");
        browser.clickAndWait("a.govuk-service-navigation__link[href='/settings']");
        assertThat(browser.check("settings")).isEmpty();
        browser.clickAndWait("main a[href='/settings/authority']");
        assertThat(browser.find("h1").getText()).isEqualTo("Your authority");
        assertThat(browser.find("#regime-FOIA").isSelected()).isTrue();
        assertThat(browser.find("#reviewTarget").getAttribute("value")).isEqualTo("20");
        assertThat(browser.find("#regulatorWindow").getAttribute("value")).isEqualTo("6 weeks");
        assertThat(browser.check("authority")).isEmpty();
        try {
            browser.find("#reviewTarget").clear();
            browser.find("#reviewTarget").sendKeys("50");
            browser.find("#referenceFormat").clear();
            browser.find("#referenceFormat").sendKeys("FOI-{seq:6}");
            browser.clickAndWait("form[action='/settings/authority'] button");
            assertThat(browser.driver.getTitle()).startsWith("Error: Your authority");
            assertThat(browser.find("#referenceFormat-error").getText()).contains("needs {yyyy} or {yy}");
            assertThat(browser.find("#reviewTarget-error").getText()).contains("the review target (50 working days) is longer than the most a review may take (40 working days)");
            assertThat(browser.check("authority-error")).isEmpty();

            browser.find("#reviewTarget").clear();
            browser.find("#reviewTarget").sendKeys("15");
            browser.find("#referenceFormat").clear();
            browser.find("#referenceFormat").sendKeys("01.FOI.{yy}.{seq:6}");
            browser.find("#regulatorWindow").clear();
            browser.find("#regulatorWindow").sendKeys("2 months");
            browser.clickAndWait("form[action='/settings/authority'] button");
            assertThat(browser.banner()).contains("The settings have been saved");
            assertThat(browser.find("#reviewTarget").getAttribute("value")).isEqualTo("15");
            assertThat(browser.find("#regulatorWindow").getAttribute("value")).isEqualTo("2 months");

            browser.clickAndWait("form[action='/settings/authority/apply'] button");
            assertThat(browser.find("#reason-error").getText()).contains("Enter why the open requests move");
            browser.find("#reason").sendKeys("The board set a review target of 15 working days");
            browser.clickAndWait("form[action='/settings/authority/apply'] button");
            java.util.regex.Matcher moved = java.util.regex.Pattern.compile("(\\d+) open requests? now follows?"
                    + " these settings; \\d+ already did").matcher(browser.banner());
            assertThat(moved.find()).as(browser.banner()).isTrue();
            assertThat(Integer.parseInt(moved.group(1))).as("at least the request logged above").isPositive();
            assertThat(browser.check("authority-applied")).isEmpty();
            browser.open("/requests/" + logged.id());
            assertThat(browser.main()).as("the reason is in the request's audit trail")
                    .contains("The board set a review target of 15 working days");

            signInAs("cw.smith");
            assertThat(browser.driver.findElements(By.cssSelector("a[href='/settings']")))
                    .as("not in a caseworker's menu").isEmpty();
            browser.open("/settings/authority");
            assertThat(browser.main()).contains("Time to complete a review", "15 working days, at most 40",
                    "Only an administrator can change them").doesNotContain("Save the settings");
            assertThat(browser.check("authority-read-only")).isEmpty();
        } finally {
            assertThat(api.send("PUT", "/authorities/met-police", "admin", uk.foi.testsupport.TestAuthorities
                    .MET_SETTINGS).statusCode()).isEqualTo(200);
            assertThat(api.send("POST", "/authorities/met-police/apply-settings", "admin",
                    "{\"reason\": \"the test's settings undone\"}").statusCode()).isEqualTo(200);
        }
    }

    /**
     * An admin sets the authority's teams; the assignment form then offers them instead of a box to type in, and
     * foi-api takes no other. The teams are removed at the end, whatever happens, so no other test sees them.
     */
    @Test
    void anAdminSetsTheTeamsAndAssignmentOffersThem() throws Exception {
        Logged logged = logRequest("1. The number of police boats.", "Sailor", "boats@example.org");
        signInAs("adm.patel");
        browser.clickAndWait("a.govuk-service-navigation__link[href='/settings']");
        browser.clickAndWait("main a[href='/settings/teams']");
        assertThat(browser.find("h1").getText()).isEqualTo("Teams");
        try {
            browser.find("#team").sendKeys("Crime Data");
            browser.find("#name").sendKeys("Crime data");
            browser.clickAndWait("form[action='/settings/teams'] button");
            assertThat(browser.find("#team-error").getText()).contains("lower-case letters, digits and hyphens");
            assertThat(browser.check("teams-error")).isEmpty();
            browser.find("#team").clear();
            browser.find("#team").sendKeys("crime-data");
            browser.clickAndWait("form[action='/settings/teams'] button");
            assertThat(browser.banner()).contains("The team has been saved");
            browser.find("#team").sendKeys("corporate");
            browser.find("#name").sendKeys("Corporate FOI");
            browser.clickAndWait("form[action='/settings/teams'] button");
            assertThat(browser.main()).contains("crime-data", "Crime data", "corporate", "Corporate FOI");
            assertThat(browser.check("teams")).isEmpty();

            signInAs("cw.smith");
            browser.open("/requests/" + logged.id());
            org.openqa.selenium.support.ui.Select team = new org.openqa.selenium.support.ui.Select(
                    browser.find("form[action$='/assignment'] select#team"));
            assertThat(team.getOptions()).extracting(org.openqa.selenium.WebElement::getText)
                    .containsExactly("Choose a team", "Corporate FOI", "Crime data");
            browser.find("#assignee").sendKeys("cw.smith");
            team.selectByVisibleText("Crime data");
            browser.clickAndWait("form[action$='/assignment'] button");
            assertThat(browser.banner()).isNotEmpty();
            assertThat(browser.main()).contains("cw.smith", "To cw.smith, team crime-data");
            assertThat(browser.check("assigned-to-a-team")).isEmpty();
            browser.open("/caseload?view=all");
            new org.openqa.selenium.support.ui.Select(browser.find("select#team")).selectByVisibleText("Crime data");
            browser.clickAndWait("form[action='/caseload'] button");
            assertThat(browser.find("table").getText()).as("the caseload filtered by the team chosen from the list")
                    .contains(logged.reference()).contains("(crime-data)");
        } finally {
            for (String team : List.of("crime-data", "corporate")) {
                api.send("DELETE", "/authorities/met-police/teams/" + team, "admin", "");
            }
        }
    }

    /**
     * A manager records an internal review that releases a question withheld at first: the form offers the withheld
     * question, asks what is released, refuses a release under an upheld decision, and the outcome letter gives the
     * question's new answer.
     */
    @Test
    void aManagerRecordsAReviewThatReleasesAWithheldQuestion() throws Exception {
        Logged logged = logRequest("1. The cost of the new boats.\\n2. The names of the crews.", "Sailor",
                "crews@example.org");
        String base = "/requests/" + logged.id();
        assertThat(api.send("POST", base + "/parts/1/decision", "caseworker", """
                {"decisions": [{"outcome": "DISCLOSED", "answer": "£80,000."}]}""").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", base + "/parts/2/decision", "caseworker", """
                {"decisions": [{"outcome": "WITHHELD", "grounds": [{"citation": "FOIA s40(2)",
                 "reasons": "The crews' names are personal data; disclosure would be unfair."},
                 {"citation": "FOIA s40(3A)(a)"}]}]}""").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", base + "/response", "caseworker", "{}").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", base + "/review-request", "caseworker",
                "{\"grounds\": \"The crews are named on the force's website.\"}").statusCode()).isEqualTo(200);

        signInAs("mgr.jones");
        browser.open(base);
        WebElement form = browser.find("form[action$='/review-result']");
        form.findElement(By.xpath("ancestor::details")).findElement(By.cssSelector("summary")).click();
        assertThat(form.getText()).contains("Question 2, now withheld").doesNotContain("Question 1,");
        browser.find("#review-result-result-PARTLY_UPHELD").click();
        browser.find("#review-result-summary").sendKeys("The crews' names are already public.");
        browser.find("#review-result-release-2").click();
        browser.clickAndWait(form.findElement(By.cssSelector("button")));
        assertThat(browser.find("#review-result-answer-2-error").getText()).contains("Say what is released for"
                + " question 2");
        assertThat(browser.check("review-release-error")).isEmpty();

        browser.find("#review-result-answer-2").sendKeys("The crews are named in the attached list.");
        browser.clickAndWait("form[action$='/review-result'] button");
        assertThat(browser.banner()).contains("The review's result has been recorded");
        String letter = api.send("GET", base + "/letters/review-outcome?format=text", "caseworker", "").body();
        assertThat(letter).contains("The crews are named in the attached list.");
    }

    /**
     * A record released with a response reaches the public redacted: the published entry lists it, and what its link
     * gives holds none of what was redacted.
     */
    @Test
    void theDisclosureLogOffersTheRedactedRecordReleasedWithAResponse() throws Exception {
        Logged logged = logRequest("1. The custody review of May 2025.", "Reader", "reader@example.org");
        String base = "/requests/" + logged.id();
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(72, 700);
                s.showText("Reviewed by Robin Grey, custody inspector. No concerns were found.");
                s.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf));
        var announced = api.send("POST", base + "/documents", "caseworker", "{\"name\": \"custody-review.pdf\","
                + " \"size\": " + pdf.length + ", \"sha256\": \"" + sha + "\"}");
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        String doc = base + "/documents/" + announced.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(api.send("PUT", doc + "/parts/0", "caseworker", "{\"data\": \""
                + java.util.Base64.getEncoder().encodeToString(pdf) + "\"}").statusCode()).isEqualTo(204);
        assertThat(api.send("POST", doc + "/complete", "caseworker", "").statusCode()).isEqualTo(200);
        String area = api.send("POST", doc + "/search", "caseworker", "{\"text\": \"Robin Grey\"}").body()
                .replaceAll("(?s)^\\[\\{(.*),\"text\".*$", "$1");
        assertThat(api.send("PUT", doc + "/release", "caseworker", "{\"redactions\": [{" + area
                + ", \"provision\": \"FOIA s40(2)\"}]}").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", base + "/parts/1/decision", "caseworker", """
                {"decisions": [{"outcome": "DISCLOSED", "answer": "The review, attached."}]}""").statusCode())
                .isEqualTo(200);
        assertThat(api.send("POST", base + "/response", "caseworker", "{}").statusCode()).isEqualTo(200);
        assertThat(api.send("POST", base + "/publication", "caseworker",
                "{\"text\": \"1. The custody review of May 2025.\"}").statusCode()).isEqualTo(200);

        browser.driver.manage().deleteAllCookies();
        browser.open("/disclosure-log/" + logged.reference());
        assertThat(browser.main()).contains("Documents released", "custody-review.pdf (PDF, 1 redaction)");
        assertThat(browser.check("disclosure-documents")).isEmpty();
        String href = browser.find("main a[href$='.pdf'][href*='/documents/']").getAttribute("href");
        byte[] released = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(href)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        try (var got = org.apache.pdfbox.Loader.loadPDF(released)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(got)).doesNotContain("Robin", "Grey");
        }
    }

    /**
     * The link in an alert email (the notifier's {@code FOI_MAIL_API_BASE}/requests/{id}, which ./foi up points at
     * the workspace) opens the request's page: a member of staff who is not signed in signs in first and lands on it,
     * not on their caseload. Only this service's own pages are remembered.
     */
    @Test
    void anAlertEmailsLinkOpensTheRequestAfterSigningIn() throws Exception {
        Logged logged = logRequest("1. The number of police dogs.", "Dog Owner", "dogs@example.org");
        browser.driver.manage().deleteAllCookies();

        browser.open("/requests/" + logged.id());
        assertThat(browser.driver.getTitle()).startsWith("Sign in");
        browser.find("#user-cw\\.smith").click();
        browser.clickAndWait("main form button");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/requests/" + logged.id());
        assertThat(browser.find("h1").getText()).startsWith(logged.reference());
        assertThat(browser.driver.manage().getCookieNamed(ReturnTo.COOKIE)).as("forgotten once used").isNull();
    }

    /**
     * A request emailed to the FOI mailbox is on the caseload with its email; the acknowledgement, sent while the
     * mail server is down, is shown as not sent (a banner at the top of the request, the reason beside the letter)
     * and, once the server is back, sent again from the page, arriving with its PDF.
     */
    @Test
    void aRequestByEmailAndALetterThatCouldNotBeSent() throws Exception {
        var smtp = new java.util.Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(smtpPort));
        var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(smtp));
        message.setFrom(new jakarta.mail.internet.InternetAddress("kim.asker@example.org", "Kim Asker"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, FOI_MAILBOX);
        message.setSubject("FOI request - reservoir inspections");
        message.setText("1. How many reservoir inspections were made in 2025?");
        jakarta.mail.Transport.send(message);
        String id = null;
        for (int i = 0; i < 100 && id == null; i++) {
            String found = api.send("GET", "/requests?q=reservoir+inspections", "caseworker", "").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(found);
            if (m.find()) {
                id = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(id).as("the emailed request was logged").isNotNull();

        signInAs("cw.smith");
        browser.open("/requests/" + id);
        assertThat(browser.find("#correspondence + table").getText()).contains("From Kim Asker",
                "FOI request - reservoir inspections", "Logged as this request");

        mail.stop();
        browser.clickAndWait("form[action$='/acknowledgement'] button");
        assertThat(browser.banner()).contains("The acknowledgement has been recorded");
        for (int i = 0; i < 100 && browser.driver.findElements(By.id("unsent")).isEmpty(); i++) {
            Thread.sleep(100);
            browser.open("/requests/" + id);
        }
        assertThat(browser.find("#unsent").getText())
                .contains("A letter to the requester could not be emailed");
        assertThat(browser.find("#correspondence + table").getText()).contains("To Kim Asker", "Not sent",
                "Send again");
        assertThat(browser.check("correspondence-not-sent")).isEmpty();

        mail = startMail();
        browser.clickAndWait("form[action$='/resend'] button");
        assertThat(browser.banner()).contains("The letter will be sent again");
        mail.waitForIncomingEmail(30_000, 1);
        var received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).endsWith(": acknowledgement");
        assertThat(received[0].getAllRecipients()[0].toString()).contains("kim.asker@example.org");
        browser.open("/requests/" + id);
        assertThat(browser.driver.findElements(By.id("unsent"))).isEmpty();
        assertThat(browser.find("#correspondence + table").getText()).contains("acknowledgement.pdf");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('correspondence').scrollIntoView()");
        assertThat(browser.check("correspondence")).isEmpty();
    }

    /** Signs out, then in as one of the demo users the local sign-in page lists. */
    private void signInAs(String user) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/sign-in");
        browser.find("#user-" + user.replace(".", "\\.")).click();
        browser.clickAndWait("main form button");
    }

    /** A request logged through foi-api. */
    private record Logged(String id, String reference) {
    }

    /** Logs a request received on 2 November 2026 by email, as a caseworker, through foi-api. */
    private Logged logRequest(String text, String name, String email) throws Exception {
        var reply = api.send("POST", "/requests", "caseworker", """
                {"receivedOn": "2026-11-02", "channel": "EMAIL", "text": "%s",
                 "requester": {"name": "%s", "email": "%s"}}""".formatted(text, name, email));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(reply.body());
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(reply.body());
        assertThat(id.find() && reference.find()).as(reply.body()).isTrue();
        return new Logged(id.group(1), reference.group(1));
    }
}
