package uk.foi.letters;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestPart;
import uk.foi.core.request.RequestText;
import uk.foi.core.request.Requester;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.Deadline;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.Provision;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Writes the letters the seeds show, from a request and its authority. Every date a letter states is computed by
 * foi-deadlines on the authority's calendar: the response date, the clarification and fee lapse dates, and in the
 * response the last day to ask for an internal review (the authority's window, 40 working days by default, s45 Code
 * of Practice part 5) with the review target (20 working days by default). A response states the right to complain
 * to the Commissioner (FOIA s17(7)(b), s50; FOISA s19(b)) and, under the EIR, the presumption in favour of disclosure
 * (reg 12(2)), which is what {@code FoiOffice}'s section 17 check takes as stated. Thread-safe.
 */
public final class LetterWriter {

    private final StatutoryClock clock;
    private final Catalogue catalogue;
    private final LetterTemplates templates;
    private final Phrases say;
    private final Function<String, Optional<CaseOfficer>> staff;

    /**
     * @param clock     computes the dates letters state
     * @param catalogue where the legal annex's summaries come from
     * @param templates the authority's templates
     */
    public LetterWriter(StatutoryClock clock, Catalogue catalogue, LetterTemplates templates) {
        this(clock, catalogue, templates, assignee -> Optional.empty());
    }

    private LetterWriter(StatutoryClock clock, Catalogue catalogue, LetterTemplates templates,
            Function<String, Optional<CaseOfficer>> staff) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.say = templates.phrases();
        this.staff = Objects.requireNonNull(staff, "staff");
    }

    /**
     * @param authorityTemplates an authority's own templates, in its language
     * @return a writer that writes with them
     */
    public LetterWriter withTemplates(LetterTemplates authorityTemplates) {
        return new LetterWriter(clock, catalogue, authorityTemplates, staff);
    }

    /**
     * @param caseOfficers the authority's staff as letters name them, by the user id a request is assigned to
     * @return a writer whose letters name the request's case officer and are signed by them, where known
     */
    public LetterWriter withStaff(Function<String, Optional<CaseOfficer>> caseOfficers) {
        return new LetterWriter(clock, catalogue, templates, caseOfficers);
    }

    /**
     * The response: decision, answers per part, reasons per exemption, NCND wording, s16 advice, legal annex,
     * complaint rights with the last date, and the Commissioner. When nothing asked for is held
     * ({@link #nothingHeld}), the response is the {@link #notHeld} letter, which says so as the request's law requires.
     *
     * @param authority the authority
     * @param request   the request, with every part decided
     * @param requester who to address, if the caller may see it; otherwise the letter says "Dear Requester"
     * @param on        the letter's date: the day the response is (or was) sent
     * @return the letter
     * @throws IllegalArgumentException if no part has been decided
     */
    public Letter response(Authority authority, FoiRequest request, Optional<Requester> requester, LocalDate on) {
        List<PartDecision> decisions = request.allDecisions();
        if (nothingHeld(decisions)) {
            return notHeld(authority, request, requester, on);
        }
        Map<String, Object> m = answering(authority, request, decisions, requester, on);
        OverallOutcome outcome = OverallOutcome.of(decisions.stream().map(PartDecision::outcome).toList());
        m.put("decision", decisionSentence(outcome, authority, request.profile().regime()));
        m.put("refusalNotice", decisions.stream().anyMatch(d -> d.outcome().refuses()));
        m.put("refusalSection", refusalSection(request.profile().regime()));
        m.put("refusalUnder", refusalUnder(request, decisions));
        // The provisions the refusal relies on: not those of parts that refuse nothing (s8 and s84 explain a part
        // that is not a request for recorded information), and not NCND ones, which their own statement names
        m.put("relied", cited(decisions.stream().filter(d -> d.outcome().refuses()
                        && d.outcome() != Outcome.NEITHER_CONFIRM_NOR_DENY)
                .flatMap(d -> d.grounds().stream()).filter(g -> !isNcnd(g)).map(Ground::citation).distinct()
                .toList()));
        m.put("ncnd", ncnd(request, decisions));
        m.put("reasons", reasons(decisions));
        m.put("annex", annex(request.cited()));
        // The presumption in favour of disclosure the environmental law requires: EIR reg 12(2), EISR reg 10(2)(b)
        m.put("presumption", request.timeline().regimes().stream().filter(Regime::isEnvironmental).findFirst()
                .map(law -> say.get("presumption", law)).orElse(""));
        m.put("reuse", decisions.stream().anyMatch(d -> d.outcome().discloses()));
        return templates.render(LetterKind.RESPONSE, m);
    }

    /**
     * The response when nothing asked for is held: every part is not held, or held by another body. It says so as
     * the request's law requires — under FOIA by answering the duty to confirm or deny (s1(1)(a)); under FOISA by
     * the notice of s17; under the EIR and EISR by refusing under the exception for information not held (EIR reg
     * 12(4)(a), notice under reg 14; EISR reg 10(4)(a), notice under reg 13) — gives the bodies that may hold it
     * (EIR reg 10(1) and EISR reg 14(1) require their name and address, or a transfer; under FOIA and FOISA it is
     * advice and assistance, s16 and s15, as the s45 and s60 Codes of Practice advise), and the complaint rights.
     *
     * @param authority the authority
     * @param request   the request, every part decided not held or held by another body
     * @param requester who to address, if the caller may see it
     * @param on        the letter's date: the day the response is (or was) sent
     * @return the letter
     * @throws IllegalArgumentException if no part is decided, or some part's outcome is another
     */
    public Letter notHeld(Authority authority, FoiRequest request, Optional<Requester> requester, LocalDate on) {
        List<PartDecision> decisions = request.allDecisions();
        if (!nothingHeld(decisions)) {
            throw new IllegalArgumentException("a not-held letter needs every part decided not held or held by"
                    + " another body");
        }
        Map<String, Object> m = answering(authority, request, decisions, requester, on);
        List<Regime> laws = decisions.stream().map(d -> request.regimeOf(d.label())).distinct().toList();
        m.put("notHeld", laws.stream().map(law -> say.get("notHeld", law)).toList());
        List<String> elsewhere = new ArrayList<>();
        for (Regime law : laws) {
            List<String> bodies = decisions.stream().filter(d -> d.outcome() == Outcome.HELD_BY_ANOTHER_BODY
                    && request.regimeOf(d.label()) == law).map(PartDecision::otherBody).distinct().toList();
            if (!bodies.isEmpty()) {
                elsewhere.add(say.get("elsewhere", law, "bodies", String.join(say.get("and"), bodies)));
            }
        }
        m.put("elsewhere", elsewhere);
        return templates.render(LetterKind.NOT_HELD, m);
    }

    /**
     * @param decisions a request's decisions
     * @return true if there are some and none says any information is held here: the response is
     *         {@link #notHeld} rather than {@link #response}
     */
    public static boolean nothingHeld(List<PartDecision> decisions) {
        return !decisions.isEmpty() && decisions.stream().allMatch(d -> d.outcome() == Outcome.NOT_HELD
                || d.outcome() == Outcome.HELD_BY_ANOTHER_BODY);
    }

    /**
     * What every response says, whatever was decided: whether it is late, the answer to each part, the advice and
     * assistance given, and the complaint rights.
     */
    private Map<String, Object> answering(Authority authority, FoiRequest request, List<PartDecision> decisions,
            Optional<Requester> requester, LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        Deadline due = clock.responseDue(request.timeline(), on);
        m.put("late", on.isAfter(due.due()));
        m.put("responseDue", say.day(due.due()));
        m.put("parts", parts(request));
        m.put("whole", answers(request, request.decisions().getOrDefault(RequestText.WHOLE, List.of())));
        m.put("advice", decisions.stream().filter(d -> !d.advice().isBlank())
                .map(d -> map("label", label(d.label()), "text", d.advice())).toList());
        complaintRights(m, request, on);
        return m;
    }

    /**
     * The complaint rights every response gives: the last day to ask for an internal review, its target and
     * maximum, and the regulator.
     */
    private void complaintRights(Map<String, Object> m, FoiRequest request, LocalDate on) {
        // A request answered under two laws gives the earliest of each law's dates and limits (StatutoryClock)
        Deadline window = clock.reviewRequestWindow(request.timeline(), on);
        m.put("complaintWindow", request.profile().policy().reviewRequestWindow().count());
        m.put("complaintLastDay", say.day(window.due()));
        StatutoryClock.ReviewLimits review = StatutoryClock.reviewLimits(request.timeline());
        m.put("reviewTarget", review.target().count());
        m.put("reviewMaximum", review.maximum().count());
        m.put("reviewTargetIsLimit", review.target().equals(review.maximum()));
        m.put("regulator", regulator(request.timeline().regimes()));
    }

    /**
     * @param authority the authority
     * @param request   the request
     * @param requester who to address, if the caller may see it
     * @param on        the letter's date
     * @return the acknowledgement, with the date the response is due and how it was worked out
     */
    public Letter acknowledgement(Authority authority, FoiRequest request, Optional<Requester> requester,
            LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        Deadline due = clock.responseDue(request.timeline(), on);
        m.put("responseDue", say.day(due.due()));
        m.put("rule", due.explanation().rule());
        m.put("parts", parts(request));
        return templates.render(LetterKind.ACKNOWLEDGEMENT, m);
    }

    /**
     * @param authority the authority
     * @param request   the request, awaiting clarification
     * @param requester who to address, if the caller may see it
     * @param question  what the requester is asked
     * @param on        the letter's date
     * @return the clarification request, saying the clock waits and when the request will be closed
     */
    public Letter clarification(Authority authority, FoiRequest request, Optional<Requester> requester,
            String question, LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        m.put("question", question);
        m.put("lapse", lapse(request, on, DeadlineKind.CLARIFICATION_LAPSE).map(say::day).orElse(""));
        return templates.render(LetterKind.CLARIFICATION, m);
    }

    /**
     * @param authority   the authority
     * @param request     the request, awaiting the fee
     * @param requester   who to address, if the caller may see it
     * @param amountPence the fee
     * @param on          the letter's date
     * @return the fees notice, with the last day to pay where the regime sets one (FOIA s9(2))
     */
    public Letter feesNotice(Authority authority, FoiRequest request, Optional<Requester> requester,
            long amountPence, LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        m.put("amount", String.format(Locale.UK, "£%d.%02d", amountPence / 100, amountPence % 100));
        Optional<LocalDate> lapse = lapse(request, on, DeadlineKind.FEE_LAPSE);
        m.put("payBy", lapse.map(say::day).orElse(""));
        m.put("clockWaits", request.profile().regime() == Regime.FOIA || request.profile().regime() == Regime.FOISA);
        return templates.render(LetterKind.FEES_NOTICE, m);
    }

    /**
     * @param authority   the authority
     * @param request     the request, just extended
     * @param requester   who to address, if the caller may see it
     * @param considering the exemptions whose public interest test needs the time (FOIA s17(2)(b))
     * @param on          the letter's date
     * @return the extension letter, with the new date
     */
    public Letter extension(Authority authority, FoiRequest request, Optional<Requester> requester,
            List<Citation> considering, LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        Deadline due = clock.responseDue(request.timeline(), on);
        m.put("newDate", say.day(due.due()));
        m.put("publicInterest", request.profile().regime() == Regime.FOIA);
        m.put("considering", cited(considering));
        return templates.render(LetterKind.EXTENSION, m);
    }

    /**
     * The internal review's outcome (s45 Code of Practice part 5; EIR reg 11(4)-(5); FOISA s21). It restates the
     * complaint, gives the result and the reviewer's conclusion, sets out each part the review decided afresh beside
     * what the response had said, gives the reasons for whatever the review still refuses (the outcome is a refusal
     * notice for it: FOIA s17, EIR reg 14, FOISA s16), and says how to apply to the Commissioner and by when.
     *
     * @param authority   the authority
     * @param request     the request, its review completed
     * @param requester   who to address, if the caller may see it
     * @param grounds     what the requester disputed
     * @param requestedOn the day the review was asked for
     * @param summary     the reviewer's conclusion
     * @param on          the letter's date: the day the outcome is (or was) sent
     * @return the letter
     * @throws IllegalArgumentException if the request has no review result or no response
     */
    public Letter reviewOutcome(Authority authority, FoiRequest request, Optional<Requester> requester,
            String grounds, LocalDate requestedOn, String summary, LocalDate on) {
        ReviewResult result = request.review().orElseThrow(() -> new IllegalArgumentException(
                "the request has no review result"));
        FoiRequest.IssuedResponse response = request.response().orElseThrow(() -> new IllegalArgumentException(
                "the request has no response to review"));
        Map<String, Object> m = common(authority, request, requester, on);
        m.put("responded", say.day(response.on()));
        m.put("requestedOn", say.day(requestedOn));
        m.put("grounds", grounds);
        Deadline due = clock.reviewDue(request.timeline(), requestedOn);
        m.put("late", on.isAfter(due.due()));
        m.put("reviewDue", say.day(due.due()));
        m.put("result", say.get("review", result));
        m.put("summary", summary);
        List<PartDecision> fresh = request.reviewedDecisions();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (String label : request.reviewedParts()) {
            changed.add(map("label", label(label), "question", request.text().part(label).map(RequestPart::text)
                            .orElse(""),
                    "before", answers(request, request.decisions().getOrDefault(label, List.of())),
                    "after", answers(request, request.reviewDecisions().get(label))));
        }
        m.put("changed", changed);
        m.put("refusalNotice", fresh.stream().anyMatch(d -> d.outcome().refuses()));
        m.put("reuse", fresh.stream().anyMatch(d -> d.outcome().discloses()));
        m.put("refusalSection", refusalSection(request.profile().regime()));
        m.put("ncnd", ncnd(request, fresh));
        m.put("reasons", reasons(fresh));
        m.put("annex", annex(fresh.stream().flatMap(d -> d.citations().stream()).distinct().toList()));
        m.put("regulator", regulator(request.timeline().regimes()));
        Deadline complaint = clock.regulatorComplaint(request.timeline(), on);
        m.put("regulatorBy", say.day(complaint.due()));
        m.put("regulatorStatutory", complaint.basis() == uk.foi.deadlines.Basis.STATUTE);
        m.put("regulatorPeriod", say.period(request.profile().regime().isScottish() ? Period.ofMonths(6)
                : request.profile().policy().regulatorWindow()));
        return templates.render(LetterKind.REVIEW_OUTCOME, m);
    }

    private Map<String, Object> common(Authority authority, FoiRequest request, Optional<Requester> requester,
            LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authority", authority.name());
        m.put("signatory", authority.contact().signatory());
        Optional<CaseOfficer> officer = request.assignee().flatMap(staff);
        m.put("officer", officer.map(o -> map("name", o.name(), "jobTitle", o.jobTitle(), "phone",
                o.phone().orElse(""))).orElse(null));
        m.put("addressee", requester.map(LetterWriter::addressBlock).orElse(List.of()));
        m.put("foiEmail", authority.contact().foiEmail());
        m.put("complaintsAddress", authority.contact().complaintsAddress().lines().toList());
        m.put("reference", request.reference());
        m.put("date", say.day(on));
        m.put("received", say.day(request.receivedOn()));
        m.put("salutation", requester.map(Requester::name).orElse("Requester"));
        m.put("act", actName(request.profile().regime()));
        String requestKind = requestKind(request.profile().regime());
        m.put("requestKind", requestKind);
        m.put("requestKindCaps", requestKind.toUpperCase(say.language()));
        // The duty to advise and assist: FOIA s16, FOISA s15, EIR and EISR reg 9
        String adviceHeading = say.get("advice", request.profile().regime());
        m.put("adviceHeading", adviceHeading);
        m.put("adviceHeadingCaps", adviceHeading.toUpperCase(say.language()));
        m.put("asked", request.text().asReceived().strip().lines().filter(line -> !line.isBlank()).toList());
        List<Map<String, Object>> clarifications = new ArrayList<>();
        for (RequestPart part : request.text().parts()) {
            part.clarifications().forEach(c -> clarifications.add(map("label", label(part.label()),
                    "on", say.day(c.receivedOn()), "text", c.text())));
        }
        m.put("clarifications", clarifications);
        return m;
    }

    /**
     * The requester's name and address as a letter's address block: the postal address one line per line (or per
     * comma, if it was given on one line), else the email address the letter goes to.
     */
    private static List<String> addressBlock(Requester requester) {
        List<String> lines = new ArrayList<>();
        lines.add(requester.name());
        Optional<String> postal = requester.postalAddress().map(String::strip).filter(a -> !a.isEmpty());
        if (postal.isPresent()) {
            String address = postal.get();
            (address.contains("\n") ? address.lines() : java.util.Arrays.stream(address.split(",")))
                    .map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        } else {
            requester.email().map(String::strip).filter(e -> !e.isEmpty()).ifPresent(lines::add);
        }
        return lines;
    }

    /**
     * What the refusal notice is given under: FOIA s17, EIR reg 14, FOISA s16 or EISR reg 13 of the request's law;
     * for a request answered partly under each law, each law's notice for the parts it refuses.
     */
    private String refusalUnder(FoiRequest request, List<PartDecision> decisions) {
        Regime main = request.profile().regime();
        if (!request.timeline().mixed()) {
            return say.get("refusal.under", "section", refusalSection(main), "act", actName(main));
        }
        List<String> out = new ArrayList<>();
        for (Regime regime : request.timeline().regimes()) {
            List<String> labels = decisions.stream().filter(d -> d.outcome().refuses()
                    && request.regimeOf(d.label()) == regime).map(PartDecision::label).distinct().toList();
            if (!labels.isEmpty()) {
                out.add(say.get("refusal.underFor", "section", refusalSection(regime), "act", actName(regime),
                        "parts", labels.size() == 1 ? say.get("part.inSentence", "label", labels.get(0))
                                : say.get("part.several", "labels", String.join(", ", labels))));
            }
        }
        return String.join(say.get("refusal.join"), out);
    }

    private List<Map<String, Object>> parts(FoiRequest request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RequestPart part : request.text().parts()) {
            Regime law = request.regimeOf(part.label());
            out.add(map("law", law == request.profile().regime() ? "" : actName(law),
                    "label", part.label(), "depth", part.label().split("\\.").length - 1,
                    "indent", !part.topLevel(), "question", part.text(),
                    "clarifications", part.clarifications().stream()
                            .map(c -> map("on", say.day(c.receivedOn()), "text", c.text())).toList(),
                    "answers", answers(request, request.decisions().getOrDefault(part.label(), List.of()))));
        }
        return out;
    }

    private List<Map<String, Object>> answers(FoiRequest request, List<PartDecision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartDecision d : decisions) {
            out.add(map("outcome", outcomeSentence(d, request.regimeOf(d.label())), "answer", d.answer(), "accessibleAt", d.accessibleAt(),
                    "publication", d.publicationIntention(), "cost", d.costEstimate().map(e -> e.explain()).orElse(""),
                    "provisions", cited(d.citations())));
        }
        return out;
    }

    /**
     * The neither-confirm-nor-deny statements: one per part and scope, naming the provisions that exclude the duty
     * in the part's own law: FOIA s1(1)(a) with the NCND subsection cited, FOISA s18(1), EIR reg 12(6), EISR reg
     * 10(8) (for reg 10(5)(a), as the exemption catalogue's facts give it). The scope is what staff recorded on the ground; without one,
     * the letter speaks of the part as asked, never of "any other information".
     */
    private List<Map<String, Object>> ncnd(FoiRequest request, List<PartDecision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartDecision d : decisions) {
            boolean wholePart = d.outcome() == Outcome.NEITHER_CONFIRM_NOR_DENY;
            List<Ground> grounds = d.grounds().stream().filter(g -> wholePart || isNcnd(g)).toList();
            if (grounds.isEmpty()) {
                continue;
            }
            String fallback = grounds.stream().map(Ground::ncndScope).filter(t -> !t.isBlank()).findFirst()
                    .orElse(RequestText.WHOLE.equals(d.label()) ? say.get("ncnd.whole")
                            : say.get("ncnd.part", "label", d.label()));
            Map<String, List<Citation>> byScope = new LinkedHashMap<>();
            for (Ground g : grounds) {
                byScope.computeIfAbsent(g.ncndScope().isBlank() ? fallback : g.ncndScope(), k -> new ArrayList<>())
                        .add(g.citation());
            }
            String basis = say.get("ncnd.basis", request.regimeOf(d.label()));
            byScope.forEach((scope, cited) -> out.add(map("scope", scope, "basis", basis,
                    "provisions", cited(cited))));
        }
        return out;
    }

    /**
     * The reasons, provision by provision and part by part: each provision with its own reasons; its likelihood of
     * harm only if it is prejudice-based; its public interest test only if it has one. An absolute provision says
     * so. Reasons or a test repeated word for word refer back to where they were first given.
     */
    private List<Map<String, Object>> reasons(List<PartDecision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<Object, String> givenFor = new LinkedHashMap<>();
        Map<Object, String> weighedFor = new LinkedHashMap<>();
        for (PartDecision d : decisions) {
            if (d.grounds().isEmpty() || !d.outcome().refuses()) {
                continue;
            }
            List<Map<String, Object>> grounds = new ArrayList<>();
            for (Ground g : d.grounds()) {
                Optional<Provision> p = catalogue.resolve(g.citation());
                List<Ground.Misplaced> wrong = p.map(pr -> g.misplaced(pr, d.heldByArchives())).orElse(List.of());
                boolean harmFits = wrong.stream().noneMatch(w -> w.field().equals("harm"));
                boolean testFits = wrong.stream().noneMatch(w -> w.field().equals("publicInterest") && !w.tolerated());
                boolean opinionFits = wrong.stream().noneMatch(w -> w.field().equals("qualifiedOpinion"));
                String provision = inLetter(g.citation());
                String where = provision + " (" + label(d.label()) + ")";
                String why = g.reasons().strip();
                String sameReasons = why.isEmpty() ? "" : backTo(givenFor, why, where, d);
                Object test = g.publicInterest().filter(t -> testFits).orElse(null);
                String sameTest = test == null ? "" : backTo(weighedFor, test, where, d);
                boolean ncnd = d.outcome() == Outcome.NEITHER_CONFIRM_NOR_DENY || isNcnd(g);
                grounds.add(map("provision", provision, "title", p.map(Provision::title).orElse(""),
                        "status", p.map(pr -> statusSentence(pr, ncnd)).orElse(""),
                        "why", sameReasons.isEmpty() ? why : "", "sameReasons", sameReasons,
                        "harm", g.harm().filter(h -> harmFits).map(this::harmSentence).orElse(""),
                        "opinion", g.qualifiedOpinion().filter(o -> opinionFits).map(o -> say.get("opinion",
                                "person", o.person(), "date", say.day(o.givenOn()))).orElse(""),
                        "pit", sameTest.isEmpty() ? g.publicInterest().filter(t -> testFits)
                                .map(t -> map("for", t.forDisclosure(), "against", t.forMaintaining(),
                                        "balance", t.conclusion(), "ncnd", ncnd)).orElse(null) : null,
                        "sameTest", sameTest));
            }
            out.add(map("label", label(d.label()), "grounds", grounds));
        }
        return out;
    }

    /**
     * Where this text was first given, as the letter refers back to it ("Section 21(1)", or "Section 21(1) (Question
     * 1)" from another part), or empty if this is the first time; remembers it otherwise.
     */
    private String backTo(Map<Object, String> first, Object text, String where, PartDecision d) {
        String earlier = first.putIfAbsent(text, where);
        if (earlier == null) {
            return "";
        }
        String here = " (" + label(d.label()) + ")";
        return earlier.endsWith(here) ? earlier.substring(0, earlier.length() - here.length()) : earlier;
    }

    /** True if the ground cites its provision's neither-confirm-nor-deny subsection (s23(5), s40(5B)). */
    private boolean isNcnd(Ground g) {
        return catalogue.resolve(g.citation()).filter(p -> p.ncndCovers(g.citation())).isPresent();
    }

    /**
     * What the requester is told about the kind of provision: whether the public interest decides it (FOIA s2(1) for
     * the duty to confirm or deny, s2(2) for disclosure; EIR reg 12(1)(b)).
     */
    private String statusSentence(Provision p, boolean ncnd) {
        String noun = say.get("noun", p.kind() == Provision.Kind.EXCEPTION || p.kind() == Provision.Kind.CONDITION
                ? p.kind() : Provision.Kind.EXEMPTION);
        boolean condition = p.kind() == Provision.Kind.CONDITION;
        return switch (p.status()) {
            case ABSOLUTE -> say.get(condition ? "status.absoluteCondition" : "status.absolute", "noun", noun);
            case QUALIFIED -> say.get(condition ? "status.qualifiedCondition" : "status.qualified", "noun", noun,
                    "balance", say.get(ncnd ? "balance.ncnd" : "balance.disclosure"));
            default -> "";
        };
    }

    /** One entry per catalogue provision, naming every citation of it, so that s31(1)(a) and (b) share one. */
    private List<Map<String, Object>> annex(List<Citation> citations) {
        Map<String, List<Citation>> byProvision = new LinkedHashMap<>();
        Map<String, Provision> provisions = new LinkedHashMap<>();
        for (Citation c : citations) {
            Optional<Provision> found = catalogue.lookUp(c).stream().findFirst();
            String key = found.map(Provision::key).orElse(c.toString());
            found.ifPresent(p -> provisions.put(key, p));
            byProvision.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byProvision.forEach((key, cited) -> {
            Provision p = provisions.get(key);
            List<Citation> ncnd = cited.stream()
                    .filter(c -> p != null && p.ncndCovers(c)).toList();
            out.add(map("provision", String.join(", ", cited.stream().map(this::inLetter).toList()),
                    "ncnd", !ncnd.isEmpty(), "ncndMeaning", ncnd.isEmpty() ? "" : say.get("annex.ncnd",
                            ncnd.get(0).regime(), "provision", String.join(", ",
                                    ncnd.stream().map(this::inLetter).toList())),
                    "title", p == null ? "" : p.title(), "summary", p == null ? "" : p.summary(),
                    "link", (p == null ? cited.get(0).legislation() : p.link()).toString()));
        });
        return out;
    }

    private List<Map<String, Object>> cited(List<Citation> citations) {
        return citations.stream().map(c -> map("provision", inLetter(c), "title", catalogue.lookUp(c).stream()
                .findFirst().map(Provision::title).orElse(""))).toList();
    }

    private Optional<LocalDate> lapse(FoiRequest request, LocalDate on, DeadlineKind kind) {
        return clock.deadlines(request.timeline(), on).stream().map(DeadlineStatus::deadline)
                .filter(d -> d.kind() == kind).map(Deadline::due).findFirst();
    }

    /** {@code FOIA s31(1)(a)} as letters write it: {@code Section 31(1)(a)}; {@code Regulation 12(4)(b)}. */
    String inLetter(Citation c) {
        String number = c.provision().substring(c.unit().length());
        return c.isRegulation() ? say.get("cite.regulation", "number", number)
                : say.get("cite.section", "number", number);
    }

    /** How letters name a part: {@code Question 3.i}, or for decisions on the whole request, "Any other information". */
    String label(String label) {
        return RequestText.WHOLE.equals(label) ? say.get("part.whole") : say.get("part.label", "label", label);
    }

    String actName(Regime regime) {
        return say.get("act", regime);
    }

    /** What the letters call the request: an environmental one is not a Freedom of Information request. */
    String requestKind(Regime regime) {
        return say.get("kind", regime);
    }

    /** Which provision makes a response a refusal notice: FOIA s17, FOISA s16, EIR reg 14, EISR reg 13. */
    String refusalSection(Regime regime) {
        return say.get("refusal", regime);
    }

    /**
     * The decision in one sentence, in the words of the request's law: a refusal on cost or as vexatious under the
     * EIR or EISR is one of a manifestly unreasonable request (EIR reg 12(4)(b), EISR reg 10(4)(b)).
     */
    private String decisionSentence(OverallOutcome outcome, Authority authority, Regime regime) {
        return say.under("decision", outcome, regime, "authority", authority.name());
    }

    /**
     * What was decided for a part, citing the provision of the part's own law: information reasonably accessible
     * elsewhere is FOIA s21, FOISA s25, EIR and EISR reg 6(1)(b); a request for no recorded information FOIA s8 and
     * s84, FOISA s8 and s73, EIR and EISR reg 2(1); cost and vexatious or repeated requests FOIA and FOISA s12 and
     * s14, EIR reg 12(4)(b) and EISR reg 10(4)(b).
     */
    private String outcomeSentence(PartDecision d, Regime regime) {
        return say.under("outcome", d.outcome(), regime, "body", d.otherBody());
    }

    private String harmSentence(HarmLikelihood harm) {
        return say.get("harm", harm);
    }

    /**
     * The regulator and the provision the requester applies under: the Information Commissioner under FOIA s50 (EIR
     * reg 18 applies it), the Scottish Information Commissioner under FOISA s47 (EISR reg 17 applies it). A request
     * answered under two laws names both provisions. The addresses are the regulators' published ones (ico.org.uk,
     * foi.scot).
     */
    private Map<String, Object> regulator(List<Regime> regimes) {
        Regime main = regimes.get(0);
        String who = main.isScottish() ? "regulator.sic." : "regulator.ico.";
        Map<String, Object> out = map("name", say.get(who + "name"), "title", say.get(who + "title"),
                "section", say.get(who + (regimes.size() > 1 ? "sectionMixed"
                        : main.isEnvironmental() ? "sectionEnvironmental" : "section")),
                "reviewFirst", say.get(who + "reviewFirst"));
        if (main.isScottish()) {
            out.putAll(map("address", List.of("Kinburn Castle", "Doubledykes Road", "St Andrews", "Fife", "KY16 9DS"),
                    "web", "https://www.foi.scot/appeal", "phone", "01334 464610"));
        } else {
            out.putAll(map("address", List.of("Information Commissioner's Office", "Wycliffe House", "Water Lane",
                            "Wilmslow", "Cheshire", "SK9 5AF"),
                    "web", "https://ico.org.uk/make-a-complaint/", "phone", "0303 123 1113"));
        }
        return out;
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
