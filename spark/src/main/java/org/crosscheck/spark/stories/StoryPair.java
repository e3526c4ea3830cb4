package org.crosscheck.spark.stories;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.StoryNames;
import org.crosscheck.project.MentionRecord;

/**
 * The desktop's judgement of two documents that a blocking key put side by side: whether their
 * claims may meet at all ({@link StoryNames#mayShareStory}), read from the names of just the two.
 */
public final class StoryPair {

    private StoryPair() {
    }

    public static boolean mayShareStory(StoryNamesOfDocument a, StoryNamesOfDocument b) {
        List<MentionRecord> both = new ArrayList<>(a.mentionRecords());
        both.addAll(b.mentionRecords());
        return StoryNames.of(both).mayShareStory(a.document(), b.document());
    }
}
