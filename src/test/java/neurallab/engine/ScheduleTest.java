package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Learning-rate schedules at their first epochs, worked by hand from docs/engine.md. */
class ScheduleTest {
    private static final double LR = 0.1;

    private static Schedule schedule(ScheduleType type) {
        return new Schedule(type, 0.5, 3, 0.25, 4, 0.02);
    }

    @Test
    void constant() {
        assertEquals(LR, schedule(ScheduleType.CONSTANT).learningRate(LR, 7), 0.0);
    }

    @Test
    void stepHalvesEveryThreeEpochs() {
        Schedule s = schedule(ScheduleType.STEP);
        assertEquals(0.1, s.learningRate(LR, 0), 1e-15);
        assertEquals(0.1, s.learningRate(LR, 2), 1e-15);
        assertEquals(0.05, s.learningRate(LR, 3), 1e-15);
        assertEquals(0.025, s.learningRate(LR, 7), 1e-15);
    }

    @Test
    void exponential() {
        assertEquals(0.1, schedule(ScheduleType.EXPONENTIAL).learningRate(LR, 0), 1e-15);
        assertEquals(0.0125, schedule(ScheduleType.EXPONENTIAL).learningRate(LR, 3), 1e-15);
    }

    @Test
    void timeBased() {
        // 0.1 / (1 + 0.25·2) = 0.0666…
        assertEquals(0.1 / 1.5, schedule(ScheduleType.TIME).learningRate(LR, 2), 1e-15);
    }

    @Test
    void cosineFallsToTheMinimumAndStays() {
        Schedule s = schedule(ScheduleType.COSINE);
        assertEquals(0.1, s.learningRate(LR, 0), 1e-15);
        // lo + ½(lr₀ − lo)(1 + cos(π/2)) = 0.02 + 0.04
        assertEquals(0.06, s.learningRate(LR, 2), 1e-15);
        assertEquals(0.02, s.learningRate(LR, 4), 1e-15);
        assertEquals(0.02, s.learningRate(LR, 9), 1e-15);
    }
}
