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
import neurallab.ui.text.Texts;
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
            finderNote.set(Texts.get("insight.finder.changed"));
        }
        if (rebuilt && landscape.get() != null) {
            landscape.set(null);
            landscapeNote.set(Texts.get("insight.landscape.changed"));
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
        if (!BackpropWalkthrough.supports(insights.network())) {
            walkthroughNote.set(Texts.get("insight.walkthrough.batchNorm"));
            return Optional.empty();
        }
        try {
            BackpropWalkthrough w = insights.walkthrough(sample, InsightTexts.WORDS);
            var train = insights.latest().splits().train();
            int k = Math.max(0, Math.min(sample, train.size() - 1));
            StringBuilder inputs = new StringBuilder();
            for (int i = 0; i < train.inputCount(); i++) {
                inputs.append(i == 0 ? "" : ", ").append(w.inputName(i)).append(" = ")
                        .append(InsightPane.num(train.inputs()[k][i]));
            }
            walkthroughNote.set(Texts.get("insight.walkthrough.note", inputs, InsightPane.num(train.targets()[k]),
                    insights.latest().epoch()));
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
        finderNote.set(Texts.get("insight.finder.running"));
        submit(insights.finderTask(insights.latest().experiment().seed()), r -> {
            finder.set(r);
            finderNote.set(r.hasSuggestion() ? "" : Texts.get("insight.finder.noSuggestion"));
        }, finderNote);
    }

    /** Sets the playground's learning rate to the finder's suggestion. */
    public void applySuggestion() {
        LearningRateFinder.Result r = finder.get();
        if (r != null && r.hasSuggestion()) {
            String rate = rate(r.suggestion());
            String error = vm.setLearningRate(rate);
            finderNote.set(error == null ? Texts.get("insight.finder.applied", rate) : error);
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
        landscapeNote.set(Texts.get("insight.landscape.computing", LiveInsights.LANDSCAPE_RESOLUTION));
        long epoch = insights.latest().epoch();
        submit(insights.landscapeTask(), l -> {
            landscape.set(l);
            landscapeNote.set(Texts.get("insight.landscape.at", epoch));
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
                    note.set(Texts.get("insight.failed", e.getMessage()));
                });
            }
        });
    }

    /** Pins the run; the refusal message, if any. */
    public Optional<String> pin() {
        // the session refuses before the first snapshot or when the pins are full; the note says which
        Optional<String> refused = insights.pin().map(why -> insights.latest() == null
                ? Texts.get("insight.compare.nothingYet") : Texts.get("insight.compare.full", RunComparison.MAX_RUNS));
        if (refused.isEmpty()) {
            vm.pinsChanged();
        }
        compareNote.set(refused.orElse(Texts.get("insight.compare.pinned", insights.comparison().size(),
                RunComparison.MAX_RUNS)));
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
            return Texts.get("insight.legend.regression");
        }
        return Texts.get(insights.network().outputCount() > 1 ? "insight.legend.classes" : "insight.legend.binary");
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
