package org.corridor.law.advice;

/** Something not to do, and why. */
public record Caution(Words text, String source, boolean verified) {
}
