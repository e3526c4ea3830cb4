package org.crosscheck.claims;

import java.time.LocalDate;
import org.crosscheck.nlp.*;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;

class NlpProbe {
    public static void main(String[] args) throws Exception {
        String text = args.length > 0 ? java.nio.file.Files.readString(java.nio.file.Path.of(args[0])) :
            "Gen. Frank McKenzie Jr., head of U.S. Central Command, said this month that the United States would reduce its force level from more than 5,000 to about 3,000 by the end of the month, according to two U.S. officials.\n\nA Briton and two Americans were killed on Friday.";
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate("d", text, LocalDate.of(2020, 9, 27));
        for (Sentence s : doc.sentences()) {
            System.out.println("S" + s.index() + " [" + s.start() + "," + s.end() + "] " + s.text());
            StringBuilder sb = new StringBuilder();
            for (Token t : s.tokens()) sb.append(t.index()).append(':').append(t.word()).append('/').append(t.lemma()).append('/').append(t.pos()).append('/').append(t.ner()).append(' ');
            System.out.println("  " + sb);
            for (Mention m : s.mentions()) System.out.println("  M " + m);
            if (args.length > 0 && s.index() > 12) break;
        }
    }
}
