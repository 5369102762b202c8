/**
 * Behaviour segments instead of averages: heavy users, one-time buyers, seasonal buyers and bulk
 * buyers, with thresholds from {@link hako.analyses.behaviour.BehaviourRules} (settings), counts,
 * shares of sales, recommended actions and the members of each, usable as a segment.
 */
package hako.analyses.behaviour;
