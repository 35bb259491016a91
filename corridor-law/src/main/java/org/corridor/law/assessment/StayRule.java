package org.corridor.law.assessment;

/**
 * One rule of the corridor's law applied to one stay. Rules only read the {@link StayContext} and
 * add to the {@link Findings}; {@link Assessor#RULES} lists them, in order, in one place.
 */
interface StayRule {
    /**
     * @param focus true for the stay whose obligations the assessment reports (the current, planned
     *     or last one); earlier stays contribute only their violations and bans
     */
    void apply(StayContext ctx, boolean focus, Findings out);
}
