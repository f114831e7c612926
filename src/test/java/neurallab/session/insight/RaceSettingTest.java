package neurallab.session.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neurallab.engine.OptimizerType;
import org.junit.jupiter.api.Test;

class RaceSettingTest {
    @Test
    void learningRateIsCheckedThenReachesTheRacer() {
        OptimizerRace race = OptimizerRace.allOptimizers(LossSurface.BOWL);
        for (String bad : List.of("", "abc", "0", "-1", "10.5", "NaN", "Infinity")) {
            assertFalse(RaceSetting.LEARNING_RATE.apply(race, OptimizerType.ADAM, bad), bad);
        }
        assertEquals(0.05, race.racer(OptimizerType.ADAM).settings().learningRate());
        // 0 < η ≤ 10
        assertEquals(List.of(0.0, false, 10.0, true), List.of(RaceSetting.LEARNING_RATE.lower(),
                RaceSetting.LEARNING_RATE.lowerInclusive(), RaceSetting.LEARNING_RATE.upper(),
                RaceSetting.LEARNING_RATE.upperInclusive()));
        assertTrue(RaceSetting.LEARNING_RATE.apply(race, OptimizerType.ADAM, " 10 "));
        assertEquals(10, race.racer(OptimizerType.ADAM).settings().learningRate());
    }

    @Test
    void ownSettingsFollowTheFormulasAndApplyLive() {
        assertEquals(List.of(RaceSetting.MOMENTUM_FACTOR), RaceSetting.ownSettings(OptimizerType.NESTEROV));
        assertEquals(List.of(), RaceSetting.ownSettings(OptimizerType.SGD));
        assertEquals(List.of(RaceSetting.BETA1, RaceSetting.BETA2, RaceSetting.EPSILON, RaceSetting.WEIGHT_DECAY),
                RaceSetting.ownSettings(OptimizerType.ADAMW));
        OptimizerRace race = OptimizerRace.allOptimizers(LossSurface.BOWL);
        race.step(3);
        assertFalse(RaceSetting.BETA1.apply(race, OptimizerType.ADAM, "1"), "β1 < 1");
        assertTrue(RaceSetting.BETA1.accepts("0"), "0 ≤ β1");
        assertTrue(RaceSetting.BETA1.apply(race, OptimizerType.ADAM, "0.5"));
        assertEquals(0.5, race.racer(OptimizerType.ADAM).settings().beta1());
        assertEquals(3, race.racer(OptimizerType.ADAM).steps(), "the racer's state is kept");
        assertTrue(RaceSetting.RHO.apply(race, OptimizerType.RMSPROP, "0.8"));
        assertEquals(0.8, race.racer(OptimizerType.RMSPROP).settings().rho());
    }

    @Test
    void leftOutRacersWaitAndStayOutAcrossRestarts() {
        OptimizerRace race = OptimizerRace.allOptimizers(LossSurface.BOWL);
        race.setIncluded(OptimizerType.SGD, false);
        race.step(5);
        assertEquals(0, race.racer(OptimizerType.SGD).steps());
        assertEquals(5, race.racer(OptimizerType.ADAM).steps());
        OptimizerRace again = race.restart(1, -1);
        assertFalse(again.racer(OptimizerType.SGD).included());
        assertEquals(1, again.racer(OptimizerType.ADAM).x());
        OptimizerRace other = again.onSurface(LossSurface.ROSENBROCK);
        assertEquals(LossSurface.ROSENBROCK, other.surface());
        assertEquals(LossSurface.ROSENBROCK.startX(), other.startX());
        assertEquals(LossSurface.ROSENBROCK.plainRate(), other.racer(OptimizerType.MOMENTUM).settings().learningRate());
        assertFalse(other.racer(OptimizerType.SGD).included());
    }
}
