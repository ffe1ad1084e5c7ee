package uk.foi.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final StatutoryClock clock;
    private final Catalogue catalogue;
    private final LetterTemplates templates;

    /**
     * @param clock     computes the dates letters state
     * @param catalogue where the legal annex's summaries come from
     * @param templates the authority's templates
     */
    public LetterWriter(StatutoryClock clock, Catalogue catalogue, LetterTemplates templates) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /**
     * The response: decision, answers per part, reasons per exemption, NCND wording, s16 advice, legal annex,
     * complaint rights with the last date, and the Commissioner.
     *
     * @param authority the authority
     * @param request   the request, with every part decided
     * @param requester who to address, if the caller may see it; otherwise the letter says "Dear Requester"
     * @param on        the letter's date: the day the response is (or was) sent
     * @return the letter
     * @throws IllegalArgumentException if no part has been decided
     */
    public Letter response(Authority authority, FoiRequest request, Optional<Requester> requester, LocalDate on) {
        Map<String, Object> m = common(authority, request, requester, on);
        List<PartDecision> decisions = request.allDecisions();
        OverallOutcome outcome = OverallOutcome.of(decisions.stream().map(PartDecision::outcome).toList());
        Deadline due = clock.responseDue(request.timeline(), on);
        m.put("late", on.isAfter(due.due()));
        m.put("responseDue", day(due.due()));
        m.put("decision", decisionSentence(outcome, authority));
        m.put("refusalNotice", decisions.stream().anyMatch(d -> d.outcome().refuses()));
        m.put("refusalSection", refusalSection(request.profile().regime()));
        m.put("refusalUnder", refusalUnder(request, decisions));
        // The provisions the refusal relies on: not those of parts that refuse nothing (s8 and s84 explain a part
        // that is not a request for recorded information), and not NCND ones, which their own statement names
        m.put("relied", cited(decisions.stream().filter(d -> d.outcome().refuses()
                        && d.outcome() != Outcome.NEITHER_CONFIRM_NOR_DENY)
                .flatMap(d -> d.grounds().stream()).filter(g -> !isNcnd(g)).map(Ground::citation).distinct()
                .toList()));
        m.put("ncnd", ncnd(decisions));
        m.put("parts", parts(request));
        m.put("whole", answers(request.decisions().getOrDefault(RequestText.WHOLE, List.of())));
        m.put("reasons", reasons(decisions));
        m.put("advice", decisions.stream().filter(d -> !d.advice().isBlank())
                .map(d -> map("label", label(d.label()), "text", d.advice())).toList());
        m.put("annex", annex(request.cited()));
        m.put("presumption", request.timeline().regimes().stream().anyMatch(Regime::isEnvironmental));
        // A request answered under two laws gives the earliest of each law's dates and limits (StatutoryClock)
        Deadline window = clock.reviewRequestWindow(request.timeline(), on);
        m.put("complaintWindow", request.profile().policy().reviewRequestWindow().count());
        m.put("complaintLastDay", day(window.due()));
        StatutoryClock.ReviewLimits review = StatutoryClock.reviewLimits(request.timeline());
        m.put("reviewTarget", review.target().count());
        m.put("reviewMaximum", review.maximum().count());
        m.put("regulator", regulator(request.timeline().regimes()));
        return templates.render(LetterKind.RESPONSE, m);
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
        m.put("responseDue", day(due.due()));
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
        m.put("lapse", lapse(request, on, DeadlineKind.CLARIFICATION_LAPSE).map(LetterWriter::day).orElse(""));
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
        m.put("payBy", lapse.map(LetterWriter::day).orElse(""));
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
        m.put("newDate", day(due.due()));
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
        m.put("responded", day(response.on()));
        m.put("requestedOn", day(requestedOn));
        m.put("grounds", grounds);
        Deadline due = clock.reviewDue(request.timeline(), requestedOn);
        m.put("late", on.isAfter(due.due()));
        m.put("reviewDue", day(due.due()));
        m.put("result", switch (result) {
            case UPHELD -> "I have reviewed the handling of your request and the response, and I uphold the"
                    + " response: its decisions stand.";
            case OVERTURNED -> "I have reviewed the handling of your request and the response, and I do not uphold"
                    + " it: the decisions below replace those of the response.";
            case PARTLY_UPHELD -> "I have reviewed the handling of your request and the response, and I uphold it in"
                    + " part: the parts below are decided afresh, and the rest of the response stands.";
        });
        m.put("summary", summary);
        List<PartDecision> fresh = request.reviewedDecisions();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (String label : request.reviewedParts()) {
            changed.add(map("label", label(label), "question", request.text().part(label).map(RequestPart::text)
                            .orElse(""),
                    "before", answers(request.decisions().getOrDefault(label, List.of())),
                    "after", answers(request.reviewDecisions().get(label))));
        }
        m.put("changed", changed);
        m.put("refusalNotice", fresh.stream().anyMatch(d -> d.outcome().refuses()));
        m.put("refusalSection", refusalSection(request.profile().regime()));
        m.put("ncnd", ncnd(fresh));
        m.put("reasons", reasons(fresh));
        m.put("annex", annex(fresh.stream().flatMap(d -> d.citations().stream()).distinct().toList()));
        m.put("regulator", regulator(request.timeline().regimes()));
        Deadline complaint = clock.regulatorComplaint(request.timeline(), on);
        m.put("regulatorBy", day(complaint.due()));
        m.put("regulatorStatutory", complaint.basis() == uk.foi.deadlines.Basis.STATUTE);
        m.put("regulatorPeriod", request.profile().regime().isScottish() ? "six months"
                : request.profile().policy().regulatorWindow().equals(java.time.Period.ofWeeks(6)) ? "six weeks"
                : request.profile().policy().regulatorWindow().toString());
        return templates.render(LetterKind.REVIEW_OUTCOME, m);
    }

    private Map<String, Object> common(Authority authority, FoiRequest request, Optional<Requester> requester,
            LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authority", authority.name());
        m.put("signatory", authority.contact().signatory());
        m.put("foiEmail", authority.contact().foiEmail());
        m.put("complaintsAddress", authority.contact().complaintsAddress().lines().toList());
        m.put("reference", request.reference());
        m.put("date", day(on));
        m.put("received", day(request.receivedOn()));
        m.put("salutation", requester.map(Requester::name).orElse("Requester"));
        m.put("act", actName(request.profile().regime()));
        m.put("requestKind", requestKind(request.profile().regime()));
        m.put("requestKindCaps", requestKind(request.profile().regime()).toUpperCase(Locale.UK));
        m.put("asked", request.text().asReceived().strip().lines().filter(line -> !line.isBlank()).toList());
        List<Map<String, Object>> clarifications = new ArrayList<>();
        for (RequestPart part : request.text().parts()) {
            part.clarifications().forEach(c -> clarifications.add(map("label", label(part.label()),
                    "on", day(c.receivedOn()), "text", c.text())));
        }
        m.put("clarifications", clarifications);
        return m;
    }

    /**
     * What the refusal notice is given under: FOIA s17, EIR reg 14, FOISA s16 or EISR reg 13 of the request's law;
     * for a request answered partly under each law, each law's notice for the parts it refuses.
     */
    private static String refusalUnder(FoiRequest request, List<PartDecision> decisions) {
        Regime main = request.profile().regime();
        if (!request.timeline().mixed()) {
            return refusalSection(main) + " of " + actName(main);
        }
        List<String> out = new ArrayList<>();
        for (Regime regime : request.timeline().regimes()) {
            List<String> labels = decisions.stream().filter(d -> d.outcome().refuses()
                    && request.regimeOf(d.label()) == regime).map(PartDecision::label).distinct().toList();
            if (!labels.isEmpty()) {
                out.add(refusalSection(regime) + " of " + actName(regime) + " for " + (labels.size() == 1
                        ? label(labels.get(0)).toLowerCase(Locale.UK) : "questions " + String.join(", ", labels)));
            }
        }
        return String.join(", and under ", out);
    }

    private List<Map<String, Object>> parts(FoiRequest request) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RequestPart part : request.text().parts()) {
            Regime law = request.regimeOf(part.label());
            out.add(map("law", law == request.profile().regime() ? "" : actName(law),
                    "label", part.label(), "depth", part.label().split("\\.").length - 1,
                    "indent", !part.topLevel(), "question", part.text(),
                    "clarifications", part.clarifications().stream()
                            .map(c -> map("on", day(c.receivedOn()), "text", c.text())).toList(),
                    "answers", answers(request.decisions().getOrDefault(part.label(), List.of()))));
        }
        return out;
    }

    private List<Map<String, Object>> answers(List<PartDecision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartDecision d : decisions) {
            out.add(map("outcome", outcomeSentence(d), "answer", d.answer(), "accessibleAt", d.accessibleAt(),
                    "publication", d.publicationIntention(), "cost", d.costEstimate().map(e -> e.explain()).orElse(""),
                    "provisions", cited(d.citations())));
        }
        return out;
    }

    /**
     * The neither-confirm-nor-deny statements: one per part and scope, naming the provisions that exclude the duty
     * (FOIA s1(1)(a) with the NCND subsection cited). The scope is what staff recorded on the ground; without one,
     * the letter speaks of the part as asked, never of "any other information".
     */
    private List<Map<String, Object>> ncnd(List<PartDecision> decisions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PartDecision d : decisions) {
            boolean wholePart = d.outcome() == Outcome.NEITHER_CONFIRM_NOR_DENY;
            List<Ground> grounds = d.grounds().stream().filter(g -> wholePart || isNcnd(g)).toList();
            if (grounds.isEmpty()) {
                continue;
            }
            String fallback = grounds.stream().map(Ground::ncndScope).filter(t -> !t.isBlank()).findFirst()
                    .orElse(RequestText.WHOLE.equals(d.label()) ? "the information described in your request"
                            : "the information asked for in question " + d.label());
            Map<String, List<Citation>> byScope = new LinkedHashMap<>();
            for (Ground g : grounds) {
                byScope.computeIfAbsent(g.ncndScope().isBlank() ? fallback : g.ncndScope(), k -> new ArrayList<>())
                        .add(g.citation());
            }
            byScope.forEach((scope, cited) -> out.add(map("scope", scope, "provisions", cited(cited))));
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
                        "harm", g.harm().filter(h -> harmFits).map(LetterWriter::harmSentence).orElse(""),
                        "opinion", g.qualifiedOpinion().filter(o -> opinionFits).map(o -> "The qualified person ("
                                + o.person() + ") gave their reasonable opinion on " + day(o.givenOn())
                                + " that the exemption applies (section 36(2)).").orElse(""),
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
    private static String backTo(Map<Object, String> first, Object text, String where, PartDecision d) {
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
    private static String statusSentence(Provision p, boolean ncnd) {
        String noun = switch (p.kind()) {
            case EXCEPTION -> "exception";
            case CONDITION -> "condition";
            default -> "exemption";
        };
        String balance = ncnd ? "the duty to confirm or deny is excluded only if the public interest in excluding it"
                + " outweighs the public interest in confirming or denying whether the information is held."
                : "it applies only if the public interest in maintaining it outweighs the public interest in"
                + " disclosure.";
        return switch (p.status()) {
            case ABSOLUTE -> p.kind() == Provision.Kind.CONDITION
                    ? "Under this condition the exemption is absolute: there is no public interest test."
                    : "This is an absolute " + noun + ": there is no public interest test.";
            case QUALIFIED -> (p.kind() == Provision.Kind.CONDITION ? "Under this condition the exemption is"
                    + " qualified: " : "This is a qualified " + noun + ": ") + balance;
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
            out.add(map("provision", String.join(", ", cited.stream().map(LetterWriter::inLetter).toList()),
                    "ncnd", !ncnd.isEmpty(), "ncndProvision", String.join(", ",
                            ncnd.stream().map(LetterWriter::inLetter).toList()),
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
    static String inLetter(Citation c) {
        return (c.isRegulation() ? "Regulation " : "Section ") + c.provision().substring(c.unit().length());
    }

    /** How letters name a part: {@code Question 3.i}, or for decisions on the whole request, "Any other information". */
    static String label(String label) {
        return RequestText.WHOLE.equals(label) ? "Any other information" : "Question " + label;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String actName(Regime regime) {
        return switch (regime) {
            case FOIA -> "the Freedom of Information Act 2000";
            case EIR -> "the Environmental Information Regulations 2004";
            case FOISA -> "the Freedom of Information (Scotland) Act 2002";
            case EISR -> "the Environmental Information (Scotland) Regulations 2004";
            case SAR -> "the UK General Data Protection Regulation, Article 15";
        };
    }

    /** What the letters call the request: an environmental one is not a Freedom of Information request. */
    static String requestKind(Regime regime) {
        return switch (regime) {
            case FOIA, FOISA -> "Freedom of Information request";
            case EIR, EISR -> "Environmental information request";
            case SAR -> "Subject access request";
        };
    }

    /** Which provision makes a response a refusal notice: FOIA s17, FOISA s16, EIR reg 14, EISR reg 13. */
    static String refusalSection(Regime regime) {
        return switch (regime) {
            case FOIA -> "section 17";
            case FOISA -> "section 16";
            case EIR -> "regulation 14";
            case EISR -> "regulation 13";
            case SAR -> "Article 12(4)";
        };
    }

    private static String decisionSentence(OverallOutcome outcome, Authority authority) {
        return switch (outcome) {
            case GRANTED_IN_FULL -> "I have today decided to disclose the information you asked for that we hold.";
            case PARTIALLY_WITHHELD -> "I have today decided to disclose some of the requested information. Some has"
                    + " been withheld or refused, as set out below.";
            case WITHHELD_IN_FULL -> "I have today decided that the requested information is exempt from disclosure.";
            case NEITHER_CONFIRMED_NOR_DENIED -> authority.name() + " can neither confirm nor deny whether it holds"
                    + " the information you asked for.";
            case NOT_HELD -> "Searches found that " + authority.name() + " does not hold the information you asked"
                    + " for.";
            case COST_LIMIT -> "I have decided that complying with your request would exceed the appropriate limit"
                    + " of cost.";
            case VEXATIOUS_OR_REPEATED -> "I have decided not to comply with your request because it is vexatious or"
                    + " repeated.";
            case NOT_A_VALID_REQUEST -> "Your request does not ask for recorded information, so I have set out below"
                    + " how we can help instead.";
        };
    }

    private static String outcomeSentence(PartDecision d) {
        return switch (d.outcome()) {
            case DISCLOSED -> "The information is disclosed.";
            case PARTIALLY_DISCLOSED -> "The information is disclosed in part; some is withheld.";
            case WITHHELD -> "The information is withheld.";
            case NOT_HELD -> "This information is not held.";
            case NEITHER_CONFIRM_NOR_DENY -> "We can neither confirm nor deny whether this information is held.";
            case ACCESSIBLE_ELSEWHERE -> "This information is reasonably accessible to you by other means"
                    + " (section 21).";
            case NOT_RECORDED_INFORMATION -> "This is not a request for recorded information (sections 8 and 84),"
                    + " so there is nothing to disclose; please see the advice below.";
            case HELD_BY_ANOTHER_BODY -> "This information is held by " + d.otherBody() + ", not by us.";
            case COST_LIMIT -> "Answering this would exceed the appropriate limit of cost (section 12).";
            case VEXATIOUS -> "This part is refused as vexatious (section 14(1)).";
            case REPEATED -> "This part is refused as a repeated request (section 14(2)).";
        };
    }

    private static String harmSentence(HarmLikelihood harm) {
        return switch (harm) {
            case WOULD -> "We consider that disclosure would cause this harm: it is more probable than not.";
            case WOULD_BE_LIKELY_TO -> "We consider that disclosure would be likely to cause this harm: there is a"
                    + " real and significant risk.";
            case WOULD_OR_WOULD_BE_LIKELY_TO -> "We consider that disclosure would, or would be likely to, cause"
                    + " this harm: at the least there is a real and significant risk.";
        };
    }

    /**
     * The regulator and the provision the requester applies under. A request answered under FOIA and the EIR names
     * both: s50, and EIR reg 18 applying it to the environmental parts (FOISA s47 and EISR reg 17 likewise).
     */
    private static Map<String, Object> regulator(List<Regime> regimes) {
        Map<String, Object> out = regulator(regimes.get(0));
        if (regimes.size() > 1) {
            boolean scottish = regimes.get(0).isScottish();
            out.put("section", scottish
                    ? "section 47 of the Freedom of Information (Scotland) Act 2002 (applied to the questions answered"
                            + " under the Environmental Information (Scotland) Regulations 2004 by regulation 17)"
                    : "section 50 of the Freedom of Information Act 2000 (applied to the questions answered under"
                            + " the Environmental Information Regulations 2004 by regulation 18)");
        }
        return out;
    }

    private static Map<String, Object> regulator(Regime regime) {
        return regime.isScottish()
                ? map("name", "the Scottish Information Commissioner", "title", "The Scottish Information Commissioner",
                        "section", "section 47",
                        "address", List.of("Kinburn Castle", "Doubledykes Road", "St Andrews", "Fife", "KY16 9DS"),
                        "web", "https://www.foi.scot/appeal", "phone", "01334 464610",
                        "reviewFirst", "You must ask us for a review first: the Commissioner can consider an"
                                + " application only after it (section 47(1)). You must apply within six months of"
                                + " receiving our review decision, or of the end of the time we had to give it"
                                + " (section 47(4)).")
                : map("name", "the Information Commissioner", "title", "The Information Commissioner", "section", regime.isEnvironmental()
                                ? "regulation 18 (applying section 50 of the Freedom of Information Act 2000)"
                                : "section 50",
                        "address", List.of("Information Commissioner's Office", "Wycliffe House", "Water Lane",
                                "Wilmslow", "Cheshire", "SK9 5AF"),
                        "web", "https://ico.org.uk/make-a-complaint/", "phone", "0303 123 1113",
                        "reviewFirst", "The Information Commissioner usually expects the internal review to be"
                                + " completed first.");
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
