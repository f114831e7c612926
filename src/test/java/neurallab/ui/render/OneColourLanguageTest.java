package neurallab.ui.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import neurallab.data.DataSource;
import neurallab.data.Feature;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.Initializer;
import neurallab.engine.InitializerType;
import neurallab.engine.LayerParameters;
import neurallab.engine.LayerSpec;
import neurallab.engine.Loss;
import neurallab.engine.Network;
import neurallab.engine.OptimizerSettings;
import neurallab.engine.OptimizerType;
import neurallab.engine.Regularization;
import neurallab.engine.Schedule;
import neurallab.session.Experiment;
import neurallab.session.Limits;
import neurallab.session.NeuronGrid;
import neurallab.session.TrainingSpec;
import neurallab.session.insight.LiveInsights;
import neurallab.session.insight.Palette;
import neurallab.session.live.LiveTrainer;
import neurallab.session.live.ManualWorker;
import org.junit.jupiter.api.Test;

/** The main window's output and the insights' boundary history paint the same boundary in the same colours. */
class OneColourLanguageTest {
    private static Experiment experiment(int classes) {
        TrainingSpec t = new TrainingSpec(classes == 2 ? Loss.BCE : Loss.CROSS_ENTROPY,
                OptimizerSettings.defaults(OptimizerType.SGD, 0.1), 10, 100, true, Regularization.NONE,
                Schedule.CONSTANT, null);
        return new Experiment(3, ProblemType.CLASSIFICATION,
                new DataSource.Generator(classes == 2 ? "circle" : "blobs", 200, 0.0, classes, 0.5, 0.0),
                List.of(Feature.X1, Feature.X2), List.of(new LayerSpec(4, Activation.TANH),
                        new LayerSpec(classes == 2 ? 1 : classes, classes == 2 ? Activation.SIGMOID : Activation.SOFTMAX)),
                new Initializer(InitializerType.XAVIER_UNIFORM), null, t);
    }

    /** The output layer's picture as the output view rasterizes it (light theme, smooth). */
    private static int[] mainView(Network net, int classes) {
        int res = LiveInsights.THUMBNAIL;
        NeuronGrid grid = new NeuronGrid(List.of(Feature.X1, Feature.X2), res, Limits.PLANE_MIN, Limits.PLANE_MAX);
        grid.evaluate(net);
        int[] pixels = new int[res * res];
        double[] out = grid.outputs(net.layers().size() - 1);
        if (classes == 2) {
            Raster.neuron(out, 0, 1, res * res, Activation.SIGMOID, false, ColorScale.NEUTRAL, pixels);
        } else {
            Raster.classes(out, classes, res * res, false, ColorScale.NEUTRAL, pixels);
        }
        return pixels;
    }

    @Test
    void aKnownPointHasTheSameColourInTheOutputViewAndInTheHistory() {
        LiveTrainer t = new LiveTrainer(experiment(2), Path.of("."), 8, new ManualWorker());
        LiveInsights insights = new LiveInsights();
        insights.accept(t.take());
        // an output of sigmoid(4·x1): positive (class 1) on the right half of the plane, negative on the left
        List<LayerParameters> weights = List.of(
                new LayerParameters(new double[][] {{1, 0, 0, 0}, {0, 0, 0, 0}}, new double[4]),
                new LayerParameters(new double[][] {{4}, {0}, {0}, {0}}, new double[1]));
        Network net = new Network(2, experiment(2).layers());
        net.importParameters(weights);
        int[] history = insights.boundary(weights);
        int[] main = mainView(net, 2);
        int res = LiveInsights.THUMBNAIL;
        int right = res / 2 * res + res - 1, left = res / 2 * res;
        assertEquals(main[right], history[right], "x1 = +6: the same colour in both views");
        assertEquals(main[left], history[left], "x1 = −6: the same colour in both views");
        assertTrue((history[right] & 0xFF) > ((history[right] >> 16) & 0xFF), "class 1 is blue");
        assertTrue(((history[left] >> 16) & 0xFF) > (history[left] & 0xFF), "class 0 is orange");
        assertArrayEquals(main, history, "every pixel");
        t.close();
    }

    @Test
    void classesHaveTheSameColoursInBothViews() {
        LiveTrainer t = new LiveTrainer(experiment(3), Path.of("."), 8, new ManualWorker());
        LiveInsights insights = new LiveInsights();
        insights.accept(t.take());
        List<LayerParameters> weights = insights.latest().weights();
        Network net = new Network(2, experiment(3).layers());
        net.importParameters(weights);
        assertArrayEquals(mainView(net, 3), insights.boundary(weights));
        assertEquals(ColorScale.ORANGE, Palette.classColor(0));
        t.close();
    }
}
