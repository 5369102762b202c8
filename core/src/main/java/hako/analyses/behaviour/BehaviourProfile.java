package hako.analyses.behaviour;

import java.math.BigDecimal;

/** A behaviour segment: its customers and their sales (M at as-of), and both as shares of the shop's. */
public record BehaviourProfile(Behaviour behaviour, long customers, BigDecimal sales, double share,
                               double salesShare) {
}
