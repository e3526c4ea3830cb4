package org.crosscheck.align;

/**
 * What two claims that no rule keeps apart share, each in [0, 1]: the evidence {@link FrameScore}
 * weighs into one score.
 *
 * @param measure  both measures read and the same
 * @param event    their clauses name one kind of happening
 * @param unique   each is its report's only candidate for the other's figure
 * @param context  overlap of the words around the values
 * @param sentence overlap of the sentences
 * @param subject  their subjects share their words
 * @param agree    the values agree
 * @param figure   the values are much the same figure
 * @param lead     both stand in their reports' leads
 * @param entity   their sentences name an entity in common
 * @param strangers their sentences each name entities, none in common
 * @param otherEvents their clauses each name happenings, none alike ("floods" / "a landslide")
 * @param role     both are the same end of a change or the same deadline ("by")
 * @param meaning  the cosine of the sentences' embeddings (0 when unknown)
 * @param contextMeaning the cosine of the embeddings of the values' surroundings, value masked
 * @param vague    either value is a vague quantifier ("several", "dozens"), which agrees with much and says little
 * @param person   their sentences are about a person in common (named, or known by an age: {@link PersonAges})
 * @param figures  their sentences give another figure in common ("reduce ... to 3,000 by the end of the month" /
 *                 "reduce to 3,000 by the end of October")
 */
record PairFeatures(double measure, double event, double unique, double context, double sentence, double subject,
                    double agree, double figure, double lead, double entity, double strangers, double otherEvents,
                    double role, double meaning, double contextMeaning, double vague, double figures, double person) {

    /** The features' names, in the order of {@link #asArray}: the names the weights file uses. */
    static final java.util.List<String> NAMES = java.util.List.of("measure", "event", "unique", "context", "sentence",
            "subject", "agree", "figure", "lead", "entity", "strangers", "otherEvents", "role", "meaning",
            "contextMeaning", "vague", "figures", "person");

    double[] asArray() {
        return new double[] {measure, event, unique, context, sentence, subject, agree, figure, lead, entity, strangers,
                otherEvents, role, meaning, contextMeaning, vague, figures, person};
    }
}
