package org.crosscheck.project;

/** Whether the documents reporting a fact agree. */
public enum FactStatus {
    AGREE, DISAGREE, SINGLE
}
