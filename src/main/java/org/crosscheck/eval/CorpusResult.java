package org.crosscheck.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The scores of every story of a run, the analysis problems met on the way, and the totals over
 * the stories (each figure added up, not averaged: a story with more pairs weighs more).
 */
public record CorpusResult(List<StoryScore> stories, List<CaseFailure> failures) {

    public CorpusResult {
        stories = List.copyOf(stories);
        failures = List.copyOf(failures);
    }

    public Tally core() {
        return total(s -> s.right(GoldFact.CORE));
    }

    public Tally stretch() {
        return total(s -> s.right(GoldFact.STRETCH));
    }

    public Tally right() {
        return total(StoryScore::right);
    }

    public Tally pairs() {
        return total(StoryScore::pairs);
    }

    public Tally disagreeTrue() {
        return total(s -> s.disagree().truth());
    }

    public Tally copies() {
        return total(s -> s.copies().detected());
    }

    public Tally entities() {
        return total(s -> s.entities().grouped());
    }

    private Tally total(Function<StoryScore, Tally> figure) {
        return stories.stream().map(figure).reduce(Tally.NONE, Tally::plus);
    }
}
