package hako.web.clv;

import static org.assertj.core.api.Assertions.assertThat;

import hako.clv.Calibration;
import hako.clv.ClvFit;
import hako.clv.Estimate;
import hako.web.clv.FitJob.Progress;
import hako.web.clv.FitJob.State;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an automatic refit learns from, and a fit's progress on a clock the test moves by hand. */
class FitJobTest {

    static final LocalDate LATEST = LocalDate.of(2026, 11, 20);
    static final long SECOND = 1_000_000_000L;

    static Optional<ClvFit> stored(Calibration calibration) {
        Estimate none = new Estimate(new double[0], new double[0], 0, 1, 1);
        return Optional.of(new ClvFit(calibration, 7, 1000, 400, 300, none, 400, none, LocalDateTime.now()));
    }

    @Test
    void anAutomaticRefitKeepsAStoredHoldoutAndOtherwiseLearnsThroughTheLatestOrderDate() {
        LocalDate end = LocalDate.of(2026, 4, 30);
        LocalDate holdout = LocalDate.of(2026, 10, 31);
        assertThat(FitJob.automaticCalibration(Optional.empty(), LATEST, false))
                .isEqualTo(new Calibration(LATEST, null, false));
        assertThat(FitJob.automaticCalibration(stored(new Calibration(end, null, false)), LATEST, false))
                .as("a fit without a holdout learns from every purchase day").isEqualTo(new Calibration(LATEST, null, false));
        assertThat(FitJob.automaticCalibration(stored(new Calibration(end, holdout, false)), LATEST, true))
                .as("the holdout is kept; the zero-amount setting in effect applies")
                .isEqualTo(new Calibration(end, holdout, true));
        assertThat(FitJob.automaticCalibration(stored(new Calibration(end, LATEST, false)), LATEST, false))
                .isEqualTo(new Calibration(end, LATEST, false));
        assertThat(FitJob.automaticCalibration(stored(new Calibration(end, LATEST.plusDays(1), false)), LATEST, false))
                .as("a holdout past the data (orders taken away) cannot be kept")
                .isEqualTo(new Calibration(LATEST, null, false));
    }

    @Test
    void progressIsTheShareOfTheLastFitsStepTimesAndTheTimeLeftIsWhatRemainsOfThem() {
        long[] now = {0};
        FitJob job = new FitJob(null, true, null, new long[] {SECOND, 2 * SECOND, 3 * SECOND, 4 * SECOND}, () -> now[0]);
        assertThat(job.progress()).isEqualTo(new Progress(State.WAITING, 0, 4, 0, 10L));

        job.step(ClvFit.Step.SUMMARY);
        now[0] = SECOND / 2;
        assertThat(job.progress()).isEqualTo(new Progress(State.SUMMARY, 1, 4, 5, 10L));

        now[0] = SECOND + SECOND / 5;
        job.step(ClvFit.Step.PURCHASES);
        now[0] += SECOND;
        assertThat(job.progress()).isEqualTo(new Progress(State.PURCHASES, 2, 4, 20, 8L));
        now[0] = 5 * SECOND;
        assertThat(job.progress()).as("a step that takes longer than last time stops at its share")
                .isEqualTo(new Progress(State.PURCHASES, 2, 4, 30, 7L));

        job.step(ClvFit.Step.SPEND);
        now[0] = 6 * SECOND;
        job.step(State.SCORING);
        now[0] = 20 * SECOND;
        assertThat(job.progress()).as("never 100 % while it runs").isEqualTo(new Progress(State.SCORING, 4, 4, 99, 0L));
        assertThat(job.ended()).isNotDone();
        assertThat(job.stepTimes()).isNull();

        now[0] = 21 * SECOND;
        job.finish(State.DONE);
        assertThat(job.ended()).isCompletedWithValue(job);
        assertThat(job.progress()).isEqualTo(new Progress(State.DONE, 4, 4, 100, 0L));
        assertThat(job.stepTimes()).containsExactly(SECOND + SECOND / 5, 4 * SECOND - SECOND / 5, SECOND, 15 * SECOND);
        assertThat(job.seconds()).isEqualTo(21.0);
    }

    @Test
    void withoutAnEarlierFitTheProgressCountsStepsAndLeavesTheTimeLeftUnknown() {
        long[] now = {0};
        FitJob job = new FitJob(null, true, null, null, () -> now[0]);
        job.step(ClvFit.Step.SUMMARY);
        job.step(ClvFit.Step.PURCHASES);
        now[0] = 3 * SECOND;
        assertThat(job.progress()).isEqualTo(new Progress(State.PURCHASES, 2, 4, 25, null));
        job.refused("too little data");
        assertThat(job.progress().state()).isEqualTo(State.REFUSED);
        assertThat(job.stepTimes()).as("only a fit that was done is estimated from").isNull();
        assertThat(job.ended()).isCompletedWithValue(job);
    }
}
