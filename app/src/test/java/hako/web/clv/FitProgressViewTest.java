package hako.web.clv;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.ClvFit;
import hako.web.WebApp;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The fit's progress as {@code /clv} and the pages without CLV show it and htmx polls it ({@code /clv/status},
 * {@code /clv/note}), rendered by the app's templates for a fit held at a step on a clock the test moves.
 */
class FitProgressViewTest {

    static final long SECOND = 1_000_000_000L;

    /** The {@code job} fragment of {@code /clv}, which {@code /clv/status} sends. */
    static String job(FitJob job, Locale locale) throws Exception {
        return render("clv/clv", "job", "status", new ClvStatus(null, false, job), locale);
    }

    /** The note of the customer list and page without CLV, which {@code /clv/note} sends. */
    static String note(FitJob job, Locale locale) throws Exception {
        return render("clv/status", "note", "clv", new ClvStatus(null, false, job), locale);
    }

    static String render(String template, String fragment, String name, ClvStatus status, Locale locale)
            throws Exception {
        WebApp app = WebApp.shared();
        Context context = new Context(locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(app.context(), null));
        context.setVariable(name, status);
        return app.bean(SpringTemplateEngine.class).process(template, Set.of(fragment), context);
    }

    @Test
    void aRunningFitShowsItsStepPercentAndTimeLeftAndIsPolled() throws Exception {
        long[] now = {0};
        FitJob job = new FitJob(null, true, null, new long[] {SECOND, 2 * SECOND, 3 * SECOND, 4 * SECOND}, () -> now[0]);
        job.step(ClvFit.Step.SUMMARY);
        now[0] = SECOND + SECOND / 5;
        job.step(ClvFit.Step.PURCHASES);
        now[0] += SECOND;

        String en = job(job, Locale.ENGLISH);
        assertThat(en).contains("Step 2 of 4: fitting BG/NBD (purchases) · 20 % (2 s so far)")
                .contains("about 8 s left").contains("<progress max=\"100\" value=\"20\"")
                .contains("hx-get=\"/clv/status?running=true\"").contains("hx-trigger=\"every 1s\"")
                .contains("data-state=\"PURCHASES\"");
        String ja = job(job, Locale.JAPANESE);
        assertThat(ja).contains("ステップ 2/4: BG/NBD（購買回数）の推定 · 20%（経過 2秒）").contains("残り約8秒");
        assertThat(note(job, Locale.ENGLISH)).contains("The CLV models are being fitted (step 2 of 4: fitting BG/NBD"
                + " (purchases), 20 %)").contains("hx-get=\"/clv/note\"").contains("hx-trigger=\"every 1s\"");

        job.step(FitJob.State.SCORING);
        job.finish(FitJob.State.DONE);
        String done = job(job, Locale.ENGLISH);
        assertThat(done).contains("The fit is done").doesNotContain("hx-get").doesNotContain("<progress");
        assertThat(note(job, Locale.ENGLISH)).doesNotContain("hx-get");
    }

    @Test
    void theFirstFitSinceTheAppStartedShowsItsStepWithoutATimeLeft() throws Exception {
        long[] now = {0};
        FitJob job = new FitJob(null, true, null, null, () -> now[0]);
        job.step(ClvFit.Step.SUMMARY);
        job.step(ClvFit.Step.PURCHASES);
        job.step(ClvFit.Step.SPEND);
        now[0] = 4 * SECOND;
        assertThat(job(job, Locale.ENGLISH)).contains("Step 3 of 4: fitting Gamma-Gamma (spend) · 50 % (4 s so far)")
                .contains("the time left is estimated from the previous fit (none yet since the app started)")
                .contains("<progress max=\"100\" value=\"50\"");
    }
}
