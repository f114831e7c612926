package neurallab.ui;

import neurallab.ui.viewmodel.ExperimentStore;


/** The experiment file store the app uses. */
final class Stores {
    private Stores() {
    }

    static ExperimentStore experiments() {
        return new JsonExperimentStore();
    }
}
