package org.crosscheck.eval;

/** A labelled copy: document {@code copy} reprints document {@code of} (both by their number). */
public record GoldCopy(String copy, String of) {
}
