package org.crosscheck.align;

import static org.crosscheck.align.ClaimBuilder.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.normalize.Hedge;

/** Scratch: explains pairs of built claims (developer use). */
public final class ScratchExplain {
    public static void main(String[] args) {
        List<Claim> cs = List.of(
                claim("a", ClaimKind.QUANTITY).unit("hectare").predicate("burn").subject("hectares of forest")
                        .entities("E-athens").sentence("The fire near Athens has burned more than 10,000 hectares of forest.")
                        .quantity("more than 10,000", 10000, 10001, 15000, Hedge.MORE_THAN).build(),
                claim("b", ClaimKind.QUANTITY).unit("hectare").predicate("scorch").subject("hectares")
                        .entities("E-eu").sentence("The blaze has scorched some 10,500 hectares, the EU monitoring service said.")
                        .quantity("some 10,500", 10500, 9975, 11025, Hedge.ABOUT).build());
        WordNetLexicon lexicon = WordNetLexicon.shared();
        List<ClaimFrame> frames = new ClaimFrames(lexicon).read(cs, SentenceMentions.none(), Map.of("a", LocalDate.of(2020, 9, 27), "b", LocalDate.of(2020, 9, 27)));
        FrameMatcher m = new FrameMatcher(lexicon, frames, new ClaimSimilarity(lexicon),
                org.crosscheck.semantic.ClaimVectors.build(cs, org.crosscheck.semantic.SentenceEncoder.shared(), Map.of()));
        System.out.println(frames.get(0).measure() + " " + frames.get(1).measure());
        System.out.println(java.util.Arrays.toString(m.features(frames.get(0), frames.get(1)).asArray()));
        System.out.println(m.explain(frames.get(0), frames.get(1)) + " link " + m.link(frames.get(0), frames.get(1)));
    }
}
