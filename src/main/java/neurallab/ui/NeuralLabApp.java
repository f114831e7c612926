package neurallab.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.insight.InsightsWindow;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;

/**
 * The NeuralLab window, on an experiment file when one is given ({@link StartArguments});
 * {@code --benchmark-ui SECONDS EXPERIMENT.json} measures frame times and exits.
 */
public final class NeuralLabApp extends Application {
    /** The preferences, read on a thread of their own while JavaFX starts ({@link #launchApp}), or null. */
    private static volatile CompletableFuture<UserData> userData;

    public static void launchApp(String[] args) {
        // read while the toolkit starts (GTK, the graphics pipeline) instead of by the FX thread once it has
        userData = CompletableFuture.supplyAsync(UserData::open, task -> {
            Thread t = new Thread(task, "neurallab-preferences");
            t.setDaemon(true);
            t.start();
        });
        Application.launch(NeuralLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartArguments args = StartArguments.parse(getParameters().getRaw().toArray(new String[0]));
        UserData user = userData == null ? UserData.open() : userData.join();
        // a run that measures the window and exits leaves the user's data alone (StartArguments.measures)
        boolean usersOwn = args == null || !args.measures();
        PlaygroundViewModel vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."),
                () -> TrainerWorker.thread("neurallab-trainer"), Stores.experiments(),
                usersOwn ? user.preferences().recentFiles() : new RecentFiles());
        Appearance appearance = new Appearance();
        user.preferences().applyTo(appearance, vm);
        // -Dneurallab.theme=dark and -Dneurallab.zoom=1.5 start a projector session ready
        if ("dark".equalsIgnoreCase(System.getProperty("neurallab.theme"))) {
            appearance.theme().set(Appearance.Theme.DARK);
        }
        if (System.getProperty("neurallab.zoom") != null) { // else the zoom kept from the last start
            appearance.setZoom(Double.parseDouble(System.getProperty("neurallab.zoom")));
        }
        PlaygroundWindow window = new PlaygroundWindow(vm, appearance);
        Rectangle2D place = user.preferences().placement();
        stage.setScene(window.createScene(place.getWidth(), place.getHeight()));
        WindowPlacement.apply(stage, place);
        window.attach(stage);
        stage.setOnHidden(e -> {
            if (usersOwn) {
                user.closed(stage);
            }
            vm.close();
        });
        if (args != null && args.file() != null && !window.open(args.file())) {
            stage.getProperties().put(SelfCheck.OPEN_PROBLEM, vm.notice().get()); // what the window says, for --self-check
        }
        window.start();
        stage.show();
        if (usersOwn) {
            user.start(vm, appearance, stage);
        }
        // -Dneurallab.open=experiment.json -Dneurallab.play=true -Dneurallab.insights=true: a lesson ready to go
        if (System.getProperty("neurallab.open") != null) {
            window.open(Path.of(System.getProperty("neurallab.open")));
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
        if (args != null && !args.benchmark().isEmpty()) {
            UiBenchmark.run(args.benchmark(), vm, window, stage);
        }
    }
}
