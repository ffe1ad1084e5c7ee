package uk.foi.exemptions.refusal;

/**
 * How likely the harm of a prejudice-based exemption is: the two limbs the Act allows. "Would" means more probable
 * than not; "would be likely to" means a real and significant risk (Hogan and Oxford City Council v Information
 * Commissioner, EA/2005/0026 and 0030). The notice should say which it relies on, because the public interest weighs
 * them differently; many real notices claim both ("would, or would be likely to"), which can be recorded as written
 * and is warned about: the Commissioner then considers the lower limb (ICO guidance, "The prejudice test" — verify
 * the paragraph before quoting it).
 */
public enum HarmLikelihood {
    /** Disclosure would cause the harm: more probable than not. */
    WOULD,
    /** Disclosure would be likely to cause the harm: a real and significant risk. */
    WOULD_BE_LIKELY_TO,
    /** Both limbs claimed, as many notices write it: treated as the lower, "would be likely to". */
    WOULD_OR_WOULD_BE_LIKELY_TO
}
