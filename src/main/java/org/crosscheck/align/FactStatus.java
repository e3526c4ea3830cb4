package org.crosscheck.align;

/** Whether the documents reporting a fact agree. */
public enum FactStatus {
    AGREE, DISAGREE, SINGLE
}
