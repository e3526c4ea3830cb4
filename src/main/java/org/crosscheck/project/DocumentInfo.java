package org.crosscheck.project;

import java.time.LocalDate;
import org.crosscheck.load.PublishedFrom;

/** One document of a project as the fact table shows it (documents.csv row). */
public record DocumentInfo(String name, String title, String outlet, LocalDate published,
                           PublishedFrom publishedFrom, String copyOf, int tokens, String contentHash) {
}
