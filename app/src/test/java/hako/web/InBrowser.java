package hako.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * What a browser test on the shared demo app starts from: {@link WebApp#shared()} and one headless Chromium
 * ({@link Browser}, 1440 × 900, screenshots in {@code target/screenshots/}) signed in as the user its class's
 * {@link SignedIn} names, opened before the class's tests and closed after them. Test classes run one after another
 * (the build runs no tests in parallel), so the two fields are those of the class running.
 */
public abstract class InBrowser {

    protected static WebApp app;
    protected static Browser browser;

    /** The user a browser test class signs in as: {@link WebApp#ADMIN}, {@link WebApp#MARKETER} or {@link WebApp#VIEWER}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface SignedIn {
        String value();
    }

    @BeforeAll
    static void openBrowser(TestInfo test) throws Exception {
        Class<?> type = test.getTestClass().orElseThrow();
        SignedIn user = type.getAnnotation(SignedIn.class);
        if (user == null) {
            throw new IllegalStateException(type.getSimpleName() + " needs @SignedIn(user)");
        }
        app = WebApp.shared();
        browser = Browser.signedIn(app, user.value());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
