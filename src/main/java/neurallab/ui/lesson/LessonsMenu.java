package neurallab.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import neurallab.io.LessonLibrary;
import neurallab.session.Experiment;
import neurallab.session.lesson.InvalidLessonException;
import neurallab.session.lesson.Lesson;
import neurallab.ui.text.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's Lessons menu: the course catalogue (a dialog with a picture and the concepts of each lesson),
 * the built-in lessons by title, the teacher's authoring commands, and "leave lesson".
 */
public final class LessonsMenu {
    private final LessonDock dock;
    private final LessonAuthoring authoring;
    private final Function<Experiment, Node> picture;
    private final Menu menu = new Menu(Texts.get("lesson.menu"), new FontIcon("mdi-book-open-page-variant"));
    private final MenuItem leave = new MenuItem(Texts.get("lesson.leave"));
    private final List<Lesson> course = new ArrayList<>();
    private Window owner;
    private boolean built;

    /** {@code picture} draws a lesson's first data (the picture File > Examples shows). */
    public LessonsMenu(LessonDock dock, Function<Experiment, Node> picture) {
        this.dock = dock;
        this.picture = picture;
        this.authoring = new LessonAuthoring(dock);
        menu.setId("lessonsMenu");
        leave.setId("leaveLessonItem");
        leave.setOnAction(e -> dock.leave());
    }

    /** The submenu, built on first use; {@code window} is the window dialogs belong to. */
    public Menu menu(Window window) {
        owner = window;
        authoring.setOwner(window);
        if (!built) {
            built = true;
            MenuItem catalogue = new MenuItem(Texts.get("lesson.catalogue"), new FontIcon("mdi-view-grid"));
            catalogue.setId("lessonCatalogueItem");
            catalogue.setOnAction(e -> LessonCatalogue.show(owner, course, picture, this::start));
            menu.getItems().setAll(catalogue, new SeparatorMenuItem());
            menu.getItems().addAll(course());
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(authoring.items());
            menu.getItems().addAll(new SeparatorMenuItem(), leave);
            menu.setOnShowing(e -> {
                leave.setDisable(!dock.session().active());
                authoring.refresh();
            });
        }
        return menu;
    }

    private void start(Lesson lesson) {
        dock.start(lesson, Path.of("."));
    }

    private List<MenuItem> course() {
        List<MenuItem> items = new ArrayList<>();
        try {
            LessonLibrary library = LessonLibrary.bundled();
            for (String file : library.files()) {
                Lesson lesson = library.read(file, Texts.language());
                course.add(lesson);
                MenuItem item = new MenuItem((course.size()) + ". " + lesson.title());
                item.setId("lesson-" + file.replace(".json", ""));
                item.setOnAction(e -> start(lesson));
                items.add(item);
            }
        } catch (IOException | InvalidLessonException e) {
            // the course is tested at build time; a broken bundle still leaves the window usable, and says so
            MenuItem broken = new MenuItem(Texts.get("lesson.menu.broken", e.getMessage()));
            broken.setDisable(true);
            items.add(broken);
        }
        return items;
    }
}
