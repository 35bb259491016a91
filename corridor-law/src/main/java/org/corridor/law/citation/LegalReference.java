package org.corridor.law.citation;

import java.util.List;
import java.util.Objects;

/**
 * One legal act a source cites, with the articles it cites of it, as the source writes them
 * ({@code 13}, {@code 13.3}, {@code 18.8(3)}, {@code 43-2}, {@code 97(5)}, {@code 27(1)(12)-(14)}); empty where
 * the source names the act only.
 */
public record LegalReference(Instrument instrument, List<String> articles) {
    public LegalReference {
        Objects.requireNonNull(instrument, "instrument");
        articles = List.copyOf(articles);
    }
}
