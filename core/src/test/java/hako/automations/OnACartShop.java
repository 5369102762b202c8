package hako.automations;

import hako.settings.HakoSettings;
import java.time.Duration;

/** A small shop whose cart abandonment is evaluated at instants after {@link #T0}. */
abstract class OnACartShop extends OnASmallShop {

    static final Scenario CART = Scenario.CART_ABANDONMENT;

    HakoSettings settings = HakoSettings.DEFAULTS;

    /** Evaluates (and writes) at T0 + {@code sinceT0}; the cart abandonment outcome. */
    Outcome runAt(Duration sinceT0) throws Exception {
        return Automations.run(c, clock.at(T0.plus(sinceT0)), settings).of(CART);
    }
}
