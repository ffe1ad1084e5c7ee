/**
 * The FOI request aggregate, its lifecycle and domain events (the letters are in foi-letters, the wire format in
 * foi-events).
 *
 * <p>Plain Java: this package depends on {@code java.*}, {@code uk.foi.deadlines} and {@code uk.foi.exemptions} only.
 */
package uk.foi.core;
