package hako.automations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.settings.HakoSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomationSettingsTest {

    @Test
    void theDefaultsAreTheIssuesNumbers() {
        AutomationSettings a = HakoSettings.DEFAULTS.automations();
        assertEquals(Duration.ofMinutes(60), a.cartDelay());
        assertEquals(Duration.ofHours(24), a.cartSecondDelay());
        assertEquals(Duration.ofDays(7), a.cartReentry());
        assertEquals(2, a.browseViews());
        assertEquals(Duration.ofHours(24), a.browseWindow());
        assertEquals(Duration.ofHours(2), a.browseDelay());
        assertEquals(Duration.ofDays(3), a.browseCap());
        assertEquals(14, a.recommendDays());
        assertEquals(3, a.recommendItems());
    }

    @Test
    void aSettingsFileChangesThemAndBadValuesNameTheKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hako.properties");
        Files.writeString(file, "automation.cart.delay_minutes=30\nautomation.run_every_seconds=0\n");
        AutomationSettings a = HakoSettings.load(file).automations();
        assertEquals(Duration.ofMinutes(30), a.cartDelay());
        assertEquals(Duration.ZERO, a.runEvery());
        assertEquals("30", a.values().get("automation.cart.delay_minutes"));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> HakoSettings.DEFAULTS.with(Map.of("automation.browse.cap_days", "0")));
        assertEquals("automation.browse.cap_days must be more than 0", zero.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> HakoSettings.DEFAULTS.with(Map.of("automation.recommend.items", "three")));
        assertTrue(text.getMessage().startsWith("automation.recommend.items: \"three\""), text.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HakoSettings.DEFAULTS.with(Map.of("automation.browse.views", "1")));
    }
}
