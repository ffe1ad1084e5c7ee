package uk.foi.exemptions.refusal;

/**
 * How likely the harm of a prejudice-based exemption is: the two limbs the Act allows. "Would" means more probable
 * than not; "would be likely to" means a real and significant risk (Hogan and Oxford City Council v Information
 * Commissioner, EA/2005/0026 and 0030). The notice must say which it relies on, because the public interest weighs
 * them differently.
 */
public enum HarmLikelihood {
    /** Disclosure would cause the harm: more probable than not. */
    WOULD,
    /** Disclosure would be likely to cause the harm: a real and significant risk. */
    WOULD_BE_LIKELY_TO
}
