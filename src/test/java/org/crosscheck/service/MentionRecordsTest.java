package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;
import org.junit.jupiter.api.Test;

class MentionRecordsTest {

    @Test
    void reusedMentionsTakeTheirEntitysCurrentName() {
        MentionRecord stored = new MentionRecord("a.txt", 0, 5, "Obama", MentionType.PERSON, null, "e1", "Obama");
        Entity now = new Entity("e1", "Barack Obama", MentionType.PERSON, List.of("Obama", "Barack Obama"));

        List<MentionRecord> reused = MentionRecords.renamed(List.of(stored), Map.of("e1", now));

        assertThat(reused).containsExactly(new MentionRecord("a.txt", 0, 5, "Obama", MentionType.PERSON, null, "e1",
                "Barack Obama"));
    }

    @Test
    void reusedValueMentionsKeepTheirNormalisedValue() {
        MentionRecord stored = new MentionRecord("a.txt", 10, 15, "5,000", MentionType.NUMBER, "5000", null, null);

        assertThat(MentionRecords.renamed(List.of(stored), Map.of())).containsExactly(stored);
    }
}
