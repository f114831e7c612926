package neurallab.data;

import java.util.List;

/**
 * Input features computed from 2-D points (x1, x2), in the order the experiment lists them. An empty
 * list means "all columns are inputs" (data that is not 2-D) and leaves the data unchanged.
 */
public final class Features {

    private Features() {
    }

    public static Splits apply(Splits raw, List<Feature> features) {
        return new Splits(apply(raw.train(), features), apply(raw.validation(), features),
                apply(raw.test(), features));
    }

    /** @throws IllegalArgumentException when features are chosen for data that is not 2-D */
    public static Dataset apply(Dataset raw, List<Feature> features) {
        if (features.isEmpty()) {
            return raw;
        }
        if (raw.inputCount() != 2) {
            throw new IllegalArgumentException("features: " + names(features) + " need 2-D data (x1, x2); this data has "
                    + raw.inputCount() + " inputs (leave features out to use them all)");
        }
        double[][] computed = new double[raw.size()][];
        for (int i = 0; i < raw.size(); i++) {
            computed[i] = new double[features.size()];
            at(raw.inputs()[i][0], raw.inputs()[i][1], features, computed[i]);
        }
        return new Dataset(computed, raw.targets(), names(features), raw.classNames());
    }

    /** out[j] = features[j](x1, x2): allocates nothing, for drawing decision maps point by point. */
    public static void at(double x1, double x2, List<Feature> features, double[] out) {
        for (int j = 0; j < features.size(); j++) {
            out[j] = features.get(j).valueAt(x1, x2);
        }
    }

    public static List<String> names(List<Feature> features) {
        return features.stream().map(Feature::id).toList();
    }
}
