package neurallab.ui.insight;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.LearningRateFinder;
import neurallab.session.insight.LiveInsights;
import neurallab.session.insight.LossLandscape;
import neurallab.session.insight.RunComparison;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * The insights window's state and commands, without a node: the insight models fed from the trainer's
 * snapshots, the finder's and the landscape's results (computed on the background executor), the notes the
 * window shows, and pinning. The window binds to the read-only properties and calls the commands.
 */
public final class InsightsViewModel {
    private final PlaygroundViewModel vm;
    private final Executor background;
    private final LiveInsights insights;
    private final ReadOnlyStringWrapper walkthroughNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finderNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper landscapeNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper compareNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LearningRateFinder.Result> finder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LossLandscape> landscape = new ReadOnlyObjectWrapper<>();

    public InsightsViewModel(PlaygroundViewModel vm, Executor background) {
        this.vm = vm;
        this.background = background;
        this.insights = new LiveInsights(vm.pinnedRuns());
    }

    /**
     * Takes the newest snapshot (every frame, shown or not, so the history is complete when the window opens).
     * True when the models were rebuilt (another network or data, or a reset): views of the old ones must go,
     * and the finder's and the landscape's results no longer apply.
     */
    public boolean accept(LiveSnapshot s) {
        boolean rebuilt = insights.accept(s);
        if (rebuilt && finder.get() != null) {
            finder.set(null);
            finderNote.set("The network changed: run the finder again.");
        }
        if (rebuilt && landscape.get() != null) {
            landscape.set(null);
            landscapeNote.set("The network changed: compute the landscape again.");
        }
        return rebuilt;
    }

    public LiveInsights insights() {
        return insights;
    }

    public boolean ready() {
        return insights.ready();
    }

    /** The walkthrough of training row {@code sample} through the newest weights; empty (and a note) when refused. */
    public Optional<BackpropWalkthrough> walkthrough(int sample) {
        if (!insights.ready()) {
            return Optional.empty();
        }
        try {
            BackpropWalkthrough w = insights.walkthrough(sample);
            var train = insights.latest().splits().train();
            int k = Math.max(0, Math.min(sample, train.size() - 1));
            StringBuilder inputs = new StringBuilder();
            for (int i = 0; i < train.inputCount(); i++) {
                inputs.append(i == 0 ? "" : ", ").append(w.inputName(i)).append(" = ")
                        .append(InsightPane.num(train.inputs()[k][i]));
            }
            walkthroughNote.set(inputs + " → target " + InsightPane.num(train.targets()[k]) + ", epoch "
                    + insights.latest().epoch());
            return Optional.of(w);
        } catch (IllegalArgumentException e) {
            walkthroughNote.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs the learning-rate finder on a fresh copy of the current network, in the background. */
    public void runFinder() {
        if (!insights.ready() || busy.get()) {
            return;
        }
        finderNote.set("Running the finder on a fresh copy of the network…");
        submit(insights.finderTask(insights.latest().experiment().seed()), r -> {
            finder.set(r);
            finderNote.set(r.hasSuggestion() ? "" : "No suggestion: the loss did not fall at any rate of the "
                    + "sweep (the network may already be trained; Reset and run again).");
        }, finderNote);
    }

    /** Sets the playground's learning rate to the finder's suggestion. */
    public void applySuggestion() {
        LearningRateFinder.Result r = finder.get();
        if (r != null && r.hasSuggestion()) {
            String rate = rate(r.suggestion());
            String error = vm.setLearningRate(rate);
            finderNote.set(error == null ? "Learning rate set to " + rate : error);
        }
    }

    /** The suggestion as typed into the learning-rate field. */
    public static String rate(double suggestion) {
        return String.format(Locale.ROOT, "%.3g", suggestion);
    }

    /** Computes the loss landscape around the current weights along the path so far, in the background. */
    public void computeLandscape() {
        if (!insights.ready() || busy.get()) {
            return;
        }
        landscapeNote.set("Computing " + LiveInsights.LANDSCAPE_RESOLUTION + "×" + LiveInsights.LANDSCAPE_RESOLUTION
                + " losses…");
        long epoch = insights.latest().epoch();
        submit(insights.landscapeTask(), l -> {
            landscape.set(l);
            landscapeNote.set("At epoch " + epoch + "; press again to recompute.");
        }, landscapeNote);
    }

    private <T> void submit(Callable<T> task, Consumer<T> done, ReadOnlyStringWrapper note) {
        busy.set(true);
        background.execute(() -> {
            try {
                T result = task.call();
                Platform.runLater(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    busy.set(false);
                    note.set("Failed: " + e.getMessage());
                });
            }
        });
    }

    /** Pins the run; the refusal message, if any. */
    public Optional<String> pin() {
        Optional<String> refused = insights.pin();
        if (refused.isEmpty()) {
            vm.pinsChanged();
        }
        compareNote.set(refused.orElse("Pinned " + insights.comparison().size() + " of " + RunComparison.MAX_RUNS + "."));
        return refused;
    }

    public void clearPins() {
        insights.comparison().clear();
        vm.pinsChanged();
        compareNote.set("");
    }

    /** What the boundary pictures' colours mean for this data (the output view's colours). */
    public String boundaryLegend() {
        if (!insights.ready() || !insights.latest().isClassification()) {
            return "Orange: the output below 0, blue: above 0; paler nearer 0.";
        }
        return insights.network().outputCount() > 1
                ? "Each class its colour (class 0 orange, class 1 blue, class 2 green, …), paler where the network is less sure."
                : "Orange: class 0, blue: class 1; paler where the network is less sure (output near 0.5).";
    }

    public void togglePlay() {
        vm.togglePlay();
    }

    public ReadOnlyStringProperty walkthroughNote() {
        return walkthroughNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finderNote() {
        return finderNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty landscapeNote() {
        return landscapeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty compareNote() {
        return compareNote.getReadOnlyProperty();
    }

    /** Whether the finder or the landscape is being computed (one at a time on the background thread). */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LearningRateFinder.Result> finder() {
        return finder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LossLandscape> landscape() {
        return landscape.getReadOnlyProperty();
    }
}
