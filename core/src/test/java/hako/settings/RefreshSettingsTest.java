package hako.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** events.refresh_minutes and clv.refit_hours: defaults, reading, and refusals naming the key. */
class RefreshSettingsTest {

    @Test
    void theDefaultsAreFiveMinutesAndADay() {
        assertThat(HakoSettings.DEFAULTS.refresh().events()).isEqualTo(Duration.ofMinutes(5));
        assertThat(HakoSettings.DEFAULTS.refresh().clvRefit()).isEqualTo(Duration.ofHours(24));
        assertThat(HakoSettings.KEYS).contains("events.refresh_minutes", "clv.refit_hours");
    }

    @Test
    void givenValuesReplaceTheDefaultsAndAreWrittenBackAsGiven() {
        HakoSettings s = HakoSettings.DEFAULTS.with(Map.of("events.refresh_minutes", " 15 ", "clv.refit_hours", "0"));

        assertThat(s.refresh()).isEqualTo(new RefreshSettings(Duration.ofMinutes(15), Duration.ZERO));
        assertThat(s.refresh().values()).containsExactly(Map.entry("events.refresh_minutes", "15"),
                Map.entry("clv.refit_hours", "0"));
        assertThat(s.rules()).isEqualTo(HakoSettings.DEFAULTS.rules());
    }

    @Test
    void aNegativeTooLargeOrNonNumericValueIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> HakoSettings.DEFAULTS.with(Map.of("events.refresh_minutes", "-1")))
                .hasMessage("events.refresh_minutes must be from 0 to 1440, not -1");
        assertThatThrownBy(() -> HakoSettings.DEFAULTS.with(Map.of("clv.refit_hours", "745")))
                .hasMessage("clv.refit_hours must be from 0 to 744, not 745");
        assertThatThrownBy(() -> HakoSettings.DEFAULTS.with(Map.of("clv.refit_hours", "1.5")))
                .hasMessage("clv.refit_hours: \"1.5\" is not a whole number");
    }
}
