package neurallab.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;

/** The NeuralLab window. {@code --benchmark-ui SECONDS EXPERIMENT.json} measures frame times and exits. */
public final class NeuralLabApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(NeuralLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        PlaygroundViewModel vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."),
                () -> TrainerWorker.thread("neurallab-trainer"), Stores.experiments(), RecentFiles.user());
        Appearance appearance = new Appearance();
        // -Dneurallab.theme=dark and -Dneurallab.zoom=1.5 start a projector session ready
        if ("dark".equalsIgnoreCase(System.getProperty("neurallab.theme"))) {
            appearance.theme().set(Appearance.Theme.DARK);
        }
        appearance.setZoom(Double.parseDouble(System.getProperty("neurallab.zoom", "1")));
        PlaygroundWindow window = new PlaygroundWindow(vm, appearance);
        // fill a laptop screen; on a large screen (a 1920×1080 projector) take most of it
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.max(1024, Math.min(screen.getWidth(), 1920));
        double h = Math.max(700, Math.min(screen.getHeight(), 1200));
        stage.setScene(window.createScene(w, h));
        window.attach(stage);
        stage.setOnHidden(e -> vm.close());
        window.start();
        stage.show();
        // -Dneurallab.open=experiment.json -Dneurallab.play=true -Dneurallab.insights=true: a lesson ready to go
        if (System.getProperty("neurallab.open") != null) {
            vm.open(Path.of(System.getProperty("neurallab.open")));
        }
        if (Boolean.getBoolean("neurallab.play")) {
            vm.play();
        }
        String insights = System.getProperty("neurallab.insights"); // true, or a tab: weights, history, …
        if (insights != null && !insights.equals("false")) {
            window.showInsights();
            String wanted = insights.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            Arrays.stream(InsightsWindow.Insight.values())
                    .filter(tab -> tab.name().equals(wanted)).findFirst()
                    .ifPresent(tab -> window.insights().select(tab));
            // any other value (true, a misspelt tab) just opens the window on its first tab
        }
        if (!args.isEmpty() && args.get(0).equals("--benchmark-ui")) {
            UiBenchmark.run(args, vm, window, stage);
        }
    }
}
