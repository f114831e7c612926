package neurallab.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import neurallab.data.Feature;
import neurallab.session.Experiment;

/** One column of the network view's neurons: inputs (layer −1), a hidden layer, or the output; placed by {@link NetworkLayout}. */
final class NetworkColumn {
    final int layer;
    final List<Region> frames = new ArrayList<>();
    /** The inputs' own images (the other columns' maps are painted into the link image). */
    final List<WritableImage> images = new ArrayList<>();
    /** The inputs' features on a plane (one per frame), else empty. */
    final List<Feature> features = new ArrayList<>();
    int units;
    /** "+N more" under a column with more units than are drawn, else null. */
    Label more;
    double x;
    double[] ys = new double[0];
    double size;

    NetworkColumn(int layer) {
        this.layer = layer;
    }

    /** Whether every drawn neuron has its place (a new column is not placed until the next layout). */
    boolean placed() {
        return ys.length == frames.size();
    }

    /**
     * The kernel row of drawn neuron i, as a source of links: the inputs on a plane skip the features
     * not in use (−1 for those), every other column maps one to one.
     */
    int kernelRow(int i, Experiment structure) {
        if (layer < 0 && structure != null && !structure.features().isEmpty()) {
            return structure.features().indexOf(features.get(i));
        }
        return i;
    }

    /** Where links leave this column's neurons and where they arrive. */
    double outX() {
        return x + size / 2;
    }

    double inX() {
        return x - size / 2;
    }
}
