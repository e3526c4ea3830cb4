package org.crosscheck.normalize;

/** How a number was qualified in the text; decides the interval it stands for. */
public enum Hedge {
    EXACT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, ABOUT, RANGE, VAGUE
}
