package neurallab.ui;

import neurallab.ui.viewmodel.ExperimentStore;
import neurallab.ui.viewmodel.UnavailableStore;

/** The experiment file store the app uses. */
final class Stores {
    private Stores() {
    }

    static ExperimentStore experiments() {
        return new UnavailableStore();
    }
}
