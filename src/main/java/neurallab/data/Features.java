package neurallab.data;

import java.util.List;

/** Stand-in until the data package lands. */
public final class Features {
    private Features() {
    }

    public static Splits apply(Splits raw, List<Feature> features) {
        return new Splits(apply(raw.train(), features), apply(raw.validation(), features), apply(raw.test(), features));
    }

    public static Dataset apply(Dataset raw, List<Feature> features) {
        if (features.isEmpty()) {
            return raw;
        }
        double[][] x = new double[raw.size()][];
        for (int i = 0; i < raw.size(); i++) {
            double[] p = raw.inputs()[i];
            x[i] = features.stream().mapToDouble(f -> f.valueAt(p[0], p[1])).toArray();
        }
        return new Dataset(x, raw.targets(), features.stream().map(Feature::id).toList(), raw.classNames());
    }
}
