package neurallab.ui.insight;

import java.util.function.BiConsumer;
import javafx.scene.Node;
import neurallab.session.insight.BackpropWalkthrough;
import neurallab.session.insight.LiveInsights;
import neurallab.session.insight.LossSurface;
import neurallab.session.insight.OptimizerRace;
import neurallab.ui.insight.InsightsWindow.Insight;
import neurallab.ui.text.Texts;

/**
 * The insights window's views: built when first shown and again when the models are rebuilt, put into their
 * tab through {@code content}, and updated one at a time, the selected tab's only.
 */
final class InsightViews {
    private final InsightsViewModel model;
    private final BiConsumer<Insight, Node> content;
    private WeightsView weights;
    private GradientFlowView flow;
    private ActivationsView activations;
    private WalkthroughView walkthrough;
    private BoundaryHistoryView history;
    private CompareRunsView compare;
    private LearningRateFinderView finder;
    private LossLandscapeView landscape;
    private OptimizerRaceView race;
    private boolean stale;
    private long compareShown = -1;

    InsightViews(InsightsViewModel model, BiConsumer<Insight, Node> content) {
        this.model = model;
        this.content = content;
        model.finder().addListener((o, a, r) -> {
            if (r == null) {
                finder = null;
                content.accept(Insight.LR_FINDER, InsightsWindow.placeholder(Insight.LR_FINDER.placeholder()));
            } else if (finder == null) {
                finder = new LearningRateFinderView(r);
                content.accept(Insight.LR_FINDER, finder);
            } else {
                finder.show(r);
            }
        });
        model.landscape().addListener((o, a, l) -> {
            if (l == null) {
                landscape = null;
                content.accept(Insight.LANDSCAPE, InsightsWindow.placeholder(Insight.LANDSCAPE.placeholder()));
            } else if (landscape == null) {
                landscape = new LossLandscapeView(l);
                content.accept(Insight.LANDSCAPE, landscape);
            } else {
                landscape.show(l);
            }
        });
    }

    /** Marks the views out of date when the models were rebuilt. */
    void stale(boolean rebuilt) {
        stale |= rebuilt;
    }

    /** Builds the views anew if the models were rebuilt; whether it did. */
    boolean rebuildIfStale() {
        if (!stale) {
            return false;
        }
        stale = false;
        LiveInsights insights = model.insights();
        weights = new WeightsView(insights.weights());
        flow = new GradientFlowView(insights.flow());
        activations = new ActivationsView(insights.activations());
        content.accept(Insight.WEIGHTS, weights);
        content.accept(Insight.GRADIENT_FLOW, flow);
        content.accept(Insight.ACTIVATIONS, activations);
        if (insights.planar()) {
            history = new BoundaryHistoryView(insights.history(), LiveInsights.THUMBNAIL, insights::boundary,
                    model.boundaryLegend());
            content.accept(Insight.HISTORY, history);
        } else {
            history = null;
            content.accept(Insight.HISTORY, InsightsWindow.placeholder(Texts.get("insight.history.needsPlane",
                    insights.network().inputCount())));
        }
        if (compare == null) {
            compare = new CompareRunsView(insights.comparison());
            content.accept(Insight.COMPARE, compare);
        }
        walkthrough = null;
        return true;
    }

    /** Updates the tab's model and redraws it; the others cost nothing. */
    void refresh(Insight i, boolean tabChanged) {
        if (i == Insight.OPTIMIZER_RACE && race == null) {
            race = new OptimizerRaceView(OptimizerRace.allOptimizers(LossSurface.ROSENBROCK));
            content.accept(Insight.OPTIMIZER_RACE, race);
        }
        switch (i) {
            case WEIGHTS -> {
                model.insights().updateWeights();
                weights.refresh();
            }
            case GRADIENT_FLOW -> flow.refresh();
            case ACTIVATIONS -> {
                model.insights().updateActivations();
                activations.refresh();
            }
            case HISTORY -> {
                if (history != null) {
                    history.refresh();
                }
            }
            case COMPARE -> {
                // the pins change when pinned, cleared, or replaced by an opened file's
                long version = model.insights().comparison().version();
                if (compare != null && (tabChanged || version != compareShown)) {
                    compareShown = version;
                    compare.refresh();
                }
            }
            default -> {
            }
        }
    }

    boolean hasWalkthrough() {
        return walkthrough != null;
    }

    void showWalkthrough(BackpropWalkthrough w) {
        if (walkthrough == null) {
            walkthrough = new WalkthroughView(w);
            content.accept(Insight.BACKPROP, walkthrough);
        } else {
            walkthrough.show(w);
        }
    }
}
