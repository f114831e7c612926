package neurallab.ui.lesson;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.session.live.LiveSnapshot;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.Workspace;

/**
 * The lesson being followed: which step is shown and where its goal stands. Starting a lesson sets the
 * user's own experiment aside; each step is loaded whole through the view-model's one load path (a fresh
 * start with an empty undo history, so undo never leaves the step); leaving brings the user's experiment
 * back exactly as it was.
 */
public final class LessonSession {
    private final PlaygroundViewModel vm;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GoalWatch.Progress> goal = new ReadOnlyObjectWrapper<>();
    private Path dir;
    private Workspace aside;
    private GoalWatch watch;
    private Runnable beforeLoad = () -> { };

    public LessonSession(PlaygroundViewModel vm) {
        this.vm = vm;
    }

    /** Runs before a step's experiment (or the user's own) is loaded: the window gives back what the step changed. */
    void beforeLoad(Runnable r) {
        beforeLoad = r;
    }

    /** The lesson shown, or null outside a lesson. */
    public ReadOnlyObjectProperty<Lesson> lesson() {
        return lesson.getReadOnlyProperty();
    }

    /** The step shown (0-based), -1 outside a lesson. */
    public ReadOnlyIntegerProperty index() {
        return index.getReadOnlyProperty();
    }

    /** The step shown; it changes after {@link #index()} and {@link #lesson()}, so views read all three. */
    public ReadOnlyObjectProperty<LessonStep> step() {
        return step.getReadOnlyProperty();
    }

    /** Where the step's goal stands, or null when the step has none. */
    ReadOnlyObjectProperty<GoalWatch.Progress> goal() {
        return goal.getReadOnlyProperty();
    }

    /** True once the step's goal has been reached (false without a goal). */
    public boolean goalReached() {
        return goal.get() != null && goal.get().state() == GoalWatch.State.REACHED;
    }

    public boolean active() {
        return lesson.get() != null;
    }

    /** Starts {@code l} at its first step; CSV paths resolve against {@code lessonDir}. A lesson already open is replaced, the user's experiment stays aside. */
    public void start(Lesson l, Path lessonDir) {
        if (aside == null) {
            aside = vm.setAside();
        }
        dir = lessonDir;
        lesson.set(l);
        show(0);
    }

    public boolean canGoBack() {
        return active() && index.get() > 0;
    }

    public boolean canGoNext() {
        return active() && index.get() < lesson.get().steps().size() - 1;
    }

    public void next() {
        if (canGoNext()) {
            show(index.get() + 1);
        }
    }

    public void back() {
        if (canGoBack()) {
            show(index.get() - 1);
        }
    }

    /** The step's experiment again, as the lesson gives it, and its goal watched afresh. */
    public void resetStep() {
        if (active()) {
            show(index.get());
        }
    }

    /** Ends the lesson and brings the user's own experiment back; nothing happens outside a lesson. */
    public void leave() {
        if (!active()) {
            return;
        }
        vm.pause();
        Workspace mine = aside;
        aside = null;
        watch = null;
        goal.set(null);
        index.set(-1);
        lesson.set(null);
        step.set(null);
        beforeLoad.run();
        vm.restore(mine);
    }

    /** Once per new snapshot: the goal reads the epochs trained since the last frame. */
    public void onFrame(LiveSnapshot s) {
        if (watch != null && s.history() != null) {
            goal.set(watch.read(s.generation(), s.history()));
        }
    }

    private void show(int i) {
        vm.pause();
        LessonStep s = lesson.get().steps().get(i);
        beforeLoad.run();
        vm.load(s.experiment(), dir);
        vm.loadedFromLesson(lesson.get().title());
        watch = s.goal() == null ? null : new GoalWatch(s.goal());
        goal.set(watch == null ? null : watch.progress());
        index.set(i);
        step.set(null); // the same step again (reset) still tells the views
        step.set(s);
    }
}
