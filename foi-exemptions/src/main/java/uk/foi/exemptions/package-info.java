/**
 * The exemption catalogue, citation parsing and section 17 refusal-notice checks (to come: issue 3).
 *
 * <p>Plain Java: this package depends on {@code java.*} only.
 */
package uk.foi.exemptions;
