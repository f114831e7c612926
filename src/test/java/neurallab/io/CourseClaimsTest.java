package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.session.EpochRecord;
import neurallab.session.Experiment;
import neurallab.session.TrainingResult;
import neurallab.session.TrainingSpec;
import neurallab.session.lesson.LessonCheck;
import neurallab.session.lesson.LessonCheck.StepOutcome;
import neurallab.session.lesson.LessonStep;
import org.junit.jupiter.api.Test;

/**
 * What the course's text says happens where no goal can say it: steps that show a failure (nothing is
 * learned, training diverges) and comparisons between steps. Each test trains the built-in steps as
 * {@code lessons check} does and checks the sentence against the epoch records.
 */
class CourseClaimsTest {
    private static LessonStep step(String file, int number) throws Exception {
        return LessonLibrary.bundled().read(file).steps().get(number - 1);
    }

    private static StepOutcome run(String file, int number) throws Exception {
        return LessonCheck.check(step(file, number), null);
    }

    private static EpochRecord last(StepOutcome outcome) {
        List<EpochRecord> records = outcome.result().epochs();
        return records.get(records.size() - 1);
    }

    private static double bestTestAccuracy(TrainingResult result) {
        return result.epochs().stream().mapToDouble(EpochRecord::testAccuracy).max().orElseThrow();
    }

    private static StepOutcome withLayers(LessonStep step, List<LayerSpec> layers) throws Exception {
        Experiment e = step.experiment();
        Experiment changed = new Experiment(e.seed(), e.problem(), e.data(), e.features(), layers, e.initializer(),
                e.weights(), e.training());
        return LessonCheck.check(new LessonStep(step.title(), step.paragraphs(), step.question(), changed,
                step.controls(), step.training(), step.goal()), null);
    }

    @Test
    void oneNeuronCannotLearnXorAndTwoHiddenNeuronsGetMostButNotAll() throws Exception {
        assertTrue(bestTestAccuracy(run("01-perceptron.json", 3).result()) < 0.75, "far from 100 %");

        LessonStep three = step("01-perceptron.json", 5);
        List<LayerSpec> layers = three.experiment().layers();
        LayerSpec hidden = layers.get(0);
        StepOutcome two = withLayers(three, List.of(new LayerSpec(2, hidden.activation(), 0, false), layers.get(1)));
        double best = bestTestAccuracy(two.result());
        assertTrue(best > 0.75 && best < 0.9, "most points right, but not all: " + best);
    }

    @Test
    void aLineCannotSeparateTheDiscFromTheRing() throws Exception {
        assertTrue(last(run("02-hidden-features.json", 1)).testAccuracy() < 0.65);
    }

    @Test
    void deepSigmoidNetworksStayAtChance() throws Exception {
        for (StepOutcome outcome : List.of(run("03-activations.json", 1), run("10-batch-norm.json", 1))) {
            for (EpochRecord r : outcome.result().epochs()) {
                assertTrue(r.testAccuracy() <= 0.56, "around 50 % at epoch " + r.epoch() + ": " + r.testAccuracy());
            }
        }
        // one sigmoid layer learns, but needs more epochs than six tanh layers
        assertTrue(run("03-activations.json", 4).reachedAtEpoch() > run("03-activations.json", 2).reachedAtEpoch());
    }

    @Test
    void aTinyLearningRateBarelyMovesAndALargeOneOnThePlaneDiverges() throws Exception {
        StepOutcome tiny = run("04-learning-rate.json", 1);
        assertTrue(tiny.result().epochs().get(0).trainLoss() - last(tiny).trainLoss() < 0.05, "almost flat");
        StepOutcome plane = run("04-learning-rate.json", 4);
        assertTrue(plane.result().diverged(), "the plane at η = 0.1 diverges");
        // the schedule settles lower than a constant rate ten times larger bounces
        assertTrue(last(run("04-learning-rate.json", 5)).trainLoss() < last(run("04-learning-rate.json", 3)).trainLoss());
    }

    @Test
    void fullBatchesNeedManyMoreEpochsUnlessTheStepsAreLonger() throws Exception {
        int full = run("05-batch-size.json", 1).reachedAtEpoch();
        assertTrue(full > 100, "many epochs: " + full);
        assertTrue(run("05-batch-size.json", 4).reachedAtEpoch() * 4 < full, "far fewer epochs with η = 1");
    }

    @Test
    void everyOptimizerBeatsPlainSgdOnTheSpiral() throws Exception {
        double sgd = last(run("06-optimizers.json", 1)).trainLoss();
        for (int step = 2; step <= 7; step++) {
            assertTrue(last(run("06-optimizers.json", step)).trainLoss() < sgd, "step " + step);
        }
    }

    @Test
    void zeroWeightsLetOnlyTheOutputBiasLearn() throws Exception {
        StepOutcome zeros = run("07-initialization.json", 1);
        List<LayerParameters> weights = zeros.result().weights();
        for (int l = 0; l < weights.size(); l++) {
            for (double[] row : weights.get(l).kernel()) {
                for (double w : row) {
                    assertEquals(0.0, w, "layer " + l);
                }
            }
        }
        for (int l = 0; l < weights.size() - 1; l++) {
            for (double b : weights.get(l).bias()) {
                assertEquals(0.0, b, "hidden bias of layer " + l);
            }
        }
        assertEquals(0.5, last(zeros).testAccuracy());
    }

    @Test
    void tooLargeOrTooSmallStartsTrainBadly() throws Exception {
        // "after 150 epochs the accuracy is still far from what the same network reaches with a sensible start"
        double tooLarge = last(run("07-initialization.json", 2)).testAccuracy();
        double xavier = last(run("07-initialization.json", 3)).testAccuracy();
        assertTrue(tooLarge < 0.75 && xavier - tooLarge > 0.2, "too large crawls: " + tooLarge + " against " + xavier);
        assertTrue(bestTestAccuracy(run("07-initialization.json", 4).result()) <= 0.56, "too small stays at 50 %");
    }

    @Test
    void squaredErrorReachesTheGoalLaterThanCrossEntropy() throws Exception {
        StepOutcome mse = run("08-softmax.json", 3);
        StepOutcome bce = run("08-softmax.json", 4);
        assertTrue(mse.reachedAtEpoch() > 5, "not within the 5 epochs cross-entropy needs: " + mse.reachedAtEpoch());
        assertTrue(bce.reachedAtEpoch() <= 5);
    }

    @Test
    void theOverfittingLessonShowsWhatItSays() throws Exception {
        StepOutcome plain = run("09-overfitting.json", 1);
        List<EpochRecord> records = plain.result().epochs();
        EpochRecord lowest = records.stream().min((a, b) -> Double.compare(a.testLoss(), b.testLoss())).orElseThrow();
        assertTrue(lowest.epoch() < 100 && last(plain).testLoss() > 2 * lowest.testLoss(), "falls, then rises");
        assertTrue(last(plain).trainLoss() < 0.01, "almost zero");

        double l1 = nearZeroShare(run("09-overfitting.json", 3).result());
        double l2 = nearZeroShare(run("09-overfitting.json", 2).result());
        assertTrue(l1 > 0.8 && l1 > 2 * l2, "L1 sends most weights to zero: " + l1 + " against L2's " + l2);
        StepOutcome dropout = run("09-overfitting.json", 4);
        assertTrue(last(dropout).trainLoss() > 10 * last(plain).trainLoss());
        assertTrue(last(dropout).testLoss() < last(plain).testLoss() / 2);
        StepOutcome early = run("09-overfitting.json", 5);
        assertTrue(early.result().stoppedEarly());
        StepOutcome more = run("09-overfitting.json", 6);
        assertTrue(last(more).testLoss() - last(more).trainLoss() < last(plain).testLoss() - last(plain).trainLoss());
    }

    private static double nearZeroShare(TrainingResult result) {
        int all = 0;
        int small = 0;
        for (LayerParameters layer : result.weights()) {
            for (double[] row : layer.kernel()) {
                for (double w : row) {
                    all++;
                    small += Math.abs(w) < 0.01 ? 1 : 0;
                }
            }
        }
        return (double) small / all;
    }

    @Test
    void batchNormRescuesTheDeepReluNetworkButNotWithBatchesOfTwo() throws Exception {
        EpochRecord plain = last(run("10-batch-norm.json", 3));
        assertEquals(0.5, plain.testAccuracy());
        assertEquals(Math.log(2), plain.trainLoss(), 0.01);

        LessonStep four = step("10-batch-norm.json", 5);
        Experiment e = four.experiment();
        TrainingSpec t = e.training();
        TrainingSpec pairs = new TrainingSpec(t.loss(), t.optimizer(), 2, t.epochs(), t.shuffle(), t.regularization(),
                t.schedule(), t.earlyStopping());
        StepOutcome two = LessonCheck.check(new LessonStep(four.title(), four.paragraphs(), four.question(),
                e.withTraining(pairs), four.controls(), four.training(), four.goal()), null);
        assertNull(two.reachedAtEpoch(), "batches of 2: no longer learns");
        assertFalse(run("10-batch-norm.json", 5).reachedAtEpoch() == null);
    }

    @Test
    void theSineLessonUnderfitsThenOverfits() throws Exception {
        EpochRecord line = last(run("11-regression.json", 1));
        assertTrue(line.trainLoss() > 0.3 && line.testLoss() > 0.3, "both stay high");
        EpochRecord big = last(run("11-regression.json", 4));
        assertTrue(big.trainLoss() < 0.09 / 2, "well below the noise variance: " + big.trainLoss());
    }
}
