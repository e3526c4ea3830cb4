package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One story's share of the four tables, as the export prints its rows (CSV text without header,
 * one entry per table in {@link OutputTables#TABLES} order), or why the story could not be analysed.
 *
 * @param story     the story's name (its first document)
 * @param documents its documents
 * @param tables    the rows of documents.csv, mentions.csv, claims.csv and facts.csv; empty when failed
 * @param failure   null, or the reason the story's analysis failed
 */
record StoryOutput(String story, List<String> documents, List<String> tables, String failure)
        implements Serializable {
}
