package neurallab.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import neurallab.session.Experiment;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.ExperimentStore;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;

/** The real window on a fresh view-model, shown in a TestFX stage at 1280 × 760 (inside Monocle's screen). */
record TestWindow(PlaygroundViewModel vm, PlaygroundWindow window, Appearance appearance) {

    static TestWindow show(Stage stage, Experiment experiment) {
        return show(stage, experiment, new JsonExperimentStore());
    }

    static TestWindow show(Stage stage, Experiment experiment, ExperimentStore store) {
        PlaygroundViewModel vm = new PlaygroundViewModel(experiment, Path.of("."),
                () -> TrainerWorker.thread("test-trainer"), store, new RecentFiles());
        Appearance appearance = new Appearance();
        PlaygroundWindow window = new PlaygroundWindow(vm, appearance);
        stage.setScene(window.createScene(1280, 760));
        window.attach(stage);
        window.start();
        stage.show();
        return new TestWindow(vm, window, appearance);
    }
}
