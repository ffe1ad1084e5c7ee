/**
 * The FOI request aggregate, its lifecycle, domain events and the response letter (to come: issue 4).
 *
 * <p>Plain Java: this package depends on {@code java.*}, {@code uk.foi.deadlines} and {@code uk.foi.exemptions} only.
 */
package uk.foi.core;
