package neurallab.ui.lesson;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import neurallab.io.ExperimentFileException;
import neurallab.io.LessonFiles;
import neurallab.session.lesson.Lesson;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.text.Texts;
import neurallab.ui.view.LazyTooltip;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson in the window: while a lesson is open its panel is docked left of the data, in the window's
 * centre split (collapsible to a narrow strip), and the step's controls are shown on the window's nodes.
 * Files open through here, so a lesson file starts its lesson and any other opens as an experiment.
 */
public final class LessonDock {
    /** The panel's width in em: about 45 characters of text a line. */
    private static final double WIDTH_EM = 22;
    private static final double MAX_SHARE = 0.3;
    /** Below this centre width (pixels) the data panel shrinks to {@link #DATA_MIN} while a lesson is shown. */
    private static final double NARROW = 1200;
    private static final double DATA_MIN = 150;
    private static final double NARROW_SHARE = 0.25;

    private final PlaygroundViewModel vm;
    private final LessonSession session;
    private SplitPane center;
    private ControlStyler styler;
    private final StackPane dock = new StackPane();
    private final LessonPanel panel;
    private final Button strip = new Button(null, new FontIcon("mdi-book-open-page-variant"));
    private long generation = Long.MIN_VALUE;
    /** The centre's divider positions before the lesson was docked, given back when it leaves. */
    private double[] beside;

    public LessonDock(PlaygroundViewModel vm, Subscriptions subscriptions) {
        this.vm = vm;
        this.session = new LessonSession(vm);
        panel = new LessonPanel(session, () -> collapse(true));
        strip.setId("lessonExpand");
        LazyTooltip.install(strip, Texts.get("lesson.expand"));
        strip.setOnAction(e -> collapse(false));
        strip.setMaxHeight(Double.MAX_VALUE);
        dock.setId("lessonDock");
        dock.getChildren().setAll(panel);
        SplitPane.setResizableWithParent(dock, false);
        session.lesson().addListener((o, was, now) -> docked(now != null));
        session.step().addListener((o, a, s) -> {
            if (s != null) {
                Platform.runLater(() -> styler.apply(s.controls())); // after the views have shown the step
            }
        });
        subscriptions.listen(vm.experiment(), (o, a, e) -> {
            if (session.active()) {
                Platform.runLater(styler::refresh); // a view may have rebuilt a node (a layer's header)
            }
        });
    }

    /** Docks into the window's centre split; {@code root} holds the controls a step highlights, locks and hides. */
    public void install(SplitPane centre, Parent root) {
        center = centre;
        styler = new ControlStyler(root);
        session.beforeLoad(styler::clear);
    }

    PlaygroundViewModel viewModel() {
        return vm;
    }

    public LessonSession session() {
        return session;
    }

    /** Once per new snapshot: the goal's progress; a rebuilt network's new nodes take the step's controls. */
    public void onFrame(LiveSnapshot s) {
        session.onFrame(s);
        if (session.active() && s.generation() != generation) {
            generation = s.generation();
            styler.refresh();
        }
    }

    /** Starts a lesson (the user's experiment is set aside until the lesson is left). */
    public void start(Lesson lesson, Path dir) {
        session.start(lesson, dir);
    }

    /** Leaves the lesson, if one is open, bringing the user's own experiment back. */
    public void leave() {
        session.leave();
    }

    /**
     * Opens a file: a lesson starts, an experiment opens as before. A bad lesson file is refused with the
     * reader's message (the file, the JSON path, what is allowed). False if nothing was opened.
     */
    public boolean open(Path file) {
        Lesson lesson;
        try {
            lesson = LessonFiles.readIfLesson(file, Texts.language());
        } catch (ExperimentFileException e) {
            vm.say(Texts.get("lesson.refused", file.getFileName(), String.join("\n", e.problems())));
            return false;
        }
        if (lesson == null) {
            return vm.open(file);
        }
        start(lesson, file.toAbsolutePath().getParent());
        return true;
    }

    private void docked(boolean shown) {
        boolean there = center.getItems().contains(dock);
        if (shown == there) {
            return;
        }
        if (shown) {
            beside = center.getDividerPositions();
            dock.getChildren().setAll(panel);
            center.getItems().add(0, dock);
            center.setDividerPositions(withLesson(beside, share(), center.getWidth()));
        } else {
            center.getItems().remove(dock);
            center.setDividerPositions(beside);
        }
    }

    /**
     * The centre's divider positions with the lesson's {@code share} on the left: on a narrow window the data
     * panel gives way to its least width first, then the network and the output share what is left as before.
     */
    static double[] withLesson(double[] old, double share, double width) {
        double data = old[0];
        if (width < NARROW) {
            data = Math.min(data, DATA_MIN / Math.max(1, width));
        }
        double rest = 1 - share - data;
        double[] positions = new double[old.length + 1];
        positions[0] = share;
        positions[1] = share + data;
        for (int i = 1; i < old.length; i++) {
            positions[i + 1] = positions[1] + (old[i] - old[0]) / (1 - old[0]) * rest;
        }
        return positions;
    }

    /** Folds the panel to a strip with one button that brings it back, giving the network the room. */
    private void collapse(boolean folded) {
        dock.getChildren().setAll(folded ? strip : panel);
        double width = Math.max(1, center.getWidth());
        center.setDividerPosition(0, folded ? strip.prefWidth(-1) / width + 0.005 : share());
    }

    /** The panel's share of the centre's width. */
    private double share() {
        double width = Math.max(1, center.getWidth());
        return Math.min(width < NARROW ? NARROW_SHARE : MAX_SHARE, WIDTH_EM * Appearance.BASE_FONT / width);
    }
}
