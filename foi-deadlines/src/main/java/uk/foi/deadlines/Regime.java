package uk.foi.deadlines;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The access regime a request is handled under. It decides the working-day calendar and every time limit.
 */
public enum Regime {
    /** Freedom of Information Act 2000 (UK-wide; England, Wales and Northern Ireland authorities). */
    FOIA("Freedom of Information Act 2000", "https://www.legislation.gov.uk/ukpga/2000/36"),
    /** Environmental Information Regulations 2004 (SI 2004/3391). */
    EIR("Environmental Information Regulations 2004", "https://www.legislation.gov.uk/uksi/2004/3391"),
    /** Freedom of Information (Scotland) Act 2002. */
    FOISA("Freedom of Information (Scotland) Act 2002", "https://www.legislation.gov.uk/asp/2002/13"),
    /** Environmental Information (Scotland) Regulations 2004 (SSI 2004/520). */
    EISR("Environmental Information (Scotland) Regulations 2004", "https://www.legislation.gov.uk/ssi/2004/520"),
    /** Subject access under UK GDPR Art 15 and Art 12(3), where FOIA s40(1) sends a requester's own data. */
    SAR("UK GDPR Art 12(3) (right of access)", "https://www.legislation.gov.uk/eur/2016/679/article/12");

    private final String title;
    private final URI legislation;

    Regime(String title, String legislation) {
        this.title = title;
        this.legislation = URI.create(legislation);
    }

    /** @return the instrument's title */
    public String title() {
        return title;
    }

    /** @return the instrument on legislation.gov.uk */
    public URI legislation() {
        return legislation;
    }

    /** @return true for the Scottish regimes (FOISA and EISR), which count Scottish working days only */
    public boolean isScottish() {
        return this == FOISA || this == EISR;
    }

    /** @return true for the environmental regimes (EIR and EISR), which are regulations with their own exceptions */
    public boolean isEnvironmental() {
        return this == EIR || this == EISR;
    }

    /**
     * The regime that covers the rest of the same authority's information: FOIA and the EIR, FOISA and the EISR. A
     * request for environmental information under FOIA is exempt there (FOIA s39; FOISA s39(2)) and is answered
     * under the regulations (EIR reg 5; EISR reg 5), and the other way round, so a request can be re-routed between
     * the two. Subject access has none.
     *
     * @return the counterpart, or empty for {@link #SAR}
     */
    public java.util.Optional<Regime> counterpart() {
        return switch (this) {
            case FOIA -> java.util.Optional.of(EIR);
            case EIR -> java.util.Optional.of(FOIA);
            case FOISA -> java.util.Optional.of(EISR);
            case EISR -> java.util.Optional.of(FOISA);
            case SAR -> java.util.Optional.empty();
        };
    }

    /**
     * Finds a regime by name, ignoring case.
     *
     * @param text for example {@code "FOIA"} or {@code "eir"}; not null
     * @return the regime
     * @throws IllegalArgumentException naming the accepted values if none matches
     */
    public static Regime parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown regime '" + text + "': expected one of "
                    + Arrays.toString(values()), e);
        }
    }
}
