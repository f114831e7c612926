package neurallab.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import neurallab.session.lesson.Lesson;
import neurallab.session.lesson.LessonStep;
import neurallab.ui.text.Texts;
import neurallab.ui.view.LazyTooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson docked beside the network: the lesson's title and "step 3 of 6", the step's text, the question
 * to think about, what to do, the goal with its live state, and the buttons to go back and on, reset the
 * step or leave the lesson. It shows the {@link LessonSession} and calls its commands.
 */
final class LessonPanel extends VBox {
    private final LessonSession session;
    private final Label lessonTitle = wrapped("lesson-title");
    private final Label progress = new Label();
    private final Label stepTitle = wrapped("lesson-step-title");
    private final VBox paragraphs = new VBox(8);
    private final Label question = wrapped("lesson-text");
    private final VBox questionBox;
    private final Label instruction = wrapped("lesson-text");
    private final HBox instructionBox;
    private final Label goal = wrapped("lesson-text");
    private final Label goalState = wrapped("lesson-goal-state");
    private final VBox goalBox;
    private final Label locked = wrapped("small");
    private final Button back = new Button(Texts.get("lesson.back"), new FontIcon("mdi-chevron-left"));
    private final Button next = new Button(Texts.get("lesson.next"), new FontIcon("mdi-chevron-right"));

    LessonPanel(LessonSession session, Runnable collapse) {
        this.session = session;
        setId("lessonPanel");
        getStyleClass().addAll("panel", "lesson-panel");
        setSpacing(6);
        Label caption = new Label(Texts.get("lesson.caption"));
        caption.getStyleClass().add("panel-title");
        Button hide = iconButton("mdi-chevron-double-left", "lessonCollapse", Texts.get("lesson.collapse"));
        hide.setOnAction(e -> collapse.run());
        Button leave = iconButton("mdi-close", "lessonLeave", Texts.get("lesson.leave"));
        leave.setOnAction(e -> session.leave());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, caption, spacer, hide, leave);
        header.setAlignment(Pos.CENTER_LEFT);
        lessonTitle.setId("lessonTitle");
        progress.setId("lessonProgress");
        progress.getStyleClass().addAll("small", "muted");
        stepTitle.setId("lessonStepTitle");
        paragraphs.setId("lessonText");
        question.setId("lessonQuestion");
        questionBox = box("lesson-question", caption("lesson.question"), question);
        instruction.setId("lessonInstruction");
        instructionBox = new HBox(6, new FontIcon("mdi-play-circle-outline"), instruction);
        goal.setId("lessonGoal");
        goalState.setId("lessonGoalState");
        goalBox = box("lesson-goal", caption("lesson.goal"), goal, goalState);
        goalBox.setId("lessonGoalBox");
        locked.setId("lessonLocked");
        locked.getStyleClass().add("muted");
        VBox body = new VBox(10, stepTitle, paragraphs, questionBox, instructionBox, locked);
        body.getStyleClass().add("lesson-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("data-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the goal's live state stays in sight below the text, which scrolls
        getChildren().addAll(header, lessonTitle, progress, scroll, goalBox, buttons());
        session.step().addListener((o, a, s) -> show(s));
        session.goal().addListener((o, a, p) -> showGoal());
        show(session.step().get());
    }

    private VBox buttons() {
        back.setId("lessonBack");
        back.setOnAction(e -> session.back());
        next.setId("lessonNext");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setOnAction(e -> {
            if (session.canGoNext()) {
                session.next();
            } else {
                session.leave();
            }
        });
        next.getStyleClass().add("default-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(6, back, spacer, next);
        Button reset = new Button(Texts.get("lesson.reset"), new FontIcon("mdi-restore"));
        reset.setId("lessonReset");
        LazyTooltip.install(reset, Texts.get("lesson.reset.tooltip"));
        reset.setOnAction(e -> session.resetStep());
        return new VBox(6, nav, reset);
    }

    private void show(LessonStep s) {
        Lesson lesson = session.lesson().get();
        if (s == null || lesson == null) {
            return;
        }
        int i = session.index().get();
        lessonTitle.setText(lesson.title());
        progress.setText(Texts.get("lesson.progress", i + 1, lesson.steps().size()));
        stepTitle.setText(s.title());
        paragraphs.getChildren().clear();
        for (String paragraph : s.paragraphs()) {
            paragraphs.getChildren().add(wrappedText(paragraph));
        }
        question.setText(s.question());
        showIf(instructionBox, s.training() != null);
        instruction.setText(s.training() == null ? "" : s.training().instruction());
        showIf(goalBox, s.goal() != null);
        goal.setText(s.goal() == null ? "" : GoalWords.goal(s.goal()));
        showGoal();
        showIf(locked, !s.controls().lock().isEmpty());
        locked.setText(Texts.get("lesson.locked", GoalWords.controls(s.controls().lock())));
        back.setDisable(!session.canGoBack());
        next.setText(Texts.get(session.canGoNext() ? "lesson.next" : "lesson.finish"));
    }

    private void showGoal() {
        LessonStep s = session.step().get();
        GoalWatch.Progress p = session.goal().get();
        if (s == null || s.goal() == null || p == null) {
            return;
        }
        goalState.setText(GoalWords.progress(s.goal(), p));
        goalBox.getStyleClass().removeAll("reached", "missed");
        if (p.state() != GoalWatch.State.WATCHING) {
            goalBox.getStyleClass().add(p.state() == GoalWatch.State.REACHED ? "reached" : "missed");
        }
    }

    private static Label caption(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("field-label");
        return l;
    }

    private static VBox box(String styleClass, Label... labels) {
        VBox box = new VBox(3, labels);
        box.getStyleClass().add(styleClass);
        return box;
    }

    private static Label wrappedText(String text) {
        Label l = wrapped("lesson-text");
        l.setText(text);
        return l;
    }

    private static Label wrapped(String styleClass) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static void showIf(Region node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Button iconButton(String icon, String id, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        LazyTooltip.install(b, tip);
        return b;
    }
}
