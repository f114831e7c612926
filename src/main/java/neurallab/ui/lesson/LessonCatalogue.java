package neurallab.ui.lesson;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import neurallab.session.Experiment;
import neurallab.session.lesson.Lesson;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;

/** The course catalogue: one card per lesson (a picture of its first data, its title, steps and concepts); a card starts its lesson. */
final class LessonCatalogue {
    private static final double CARD_EM = 19;

    private LessonCatalogue() {
    }

    static void show(Window owner, List<Lesson> course, Function<Experiment, Node> picture, Consumer<Lesson> start) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("lesson.catalogue.title"));
        dialog.setHeaderText(Texts.get("lesson.catalogue.header"));
        TilePane cards = new TilePane(10, 10);
        cards.setId("lessonCatalogue");
        cards.setPrefColumns(3);
        for (int i = 0; i < course.size(); i++) {
            Lesson lesson = course.get(i);
            Button card = new Button(null, card(i + 1, lesson, picture));
            card.setId("lessonCard-" + (i + 1));
            card.getStyleClass().add("lesson-card");
            card.setPrefWidth(CARD_EM * Appearance.BASE_FONT);
            card.setMaxHeight(Double.MAX_VALUE);
            card.setAlignment(Pos.TOP_LEFT);
            card.setOnAction(e -> {
                dialog.close();
                start.accept(lesson);
            });
            cards.getChildren().add(card);
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(3 * CARD_EM * Appearance.BASE_FONT + 40);
        scroll.setPrefViewportHeight(440);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static HBox card(int number, Lesson lesson, Function<Experiment, Node> picture) {
        Label title = new Label(number + ". " + lesson.title());
        title.setWrapText(true);
        title.getStyleClass().add("lesson-card-title");
        Label concepts = new Label(Texts.get("lesson.menu.about", lesson.steps().size(), String.join(", ", lesson.concepts())));
        concepts.setWrapText(true);
        concepts.getStyleClass().addAll("small", "muted");
        VBox words = new VBox(3, title, concepts);
        words.setMaxWidth((CARD_EM - 6) * Appearance.BASE_FONT);
        HBox card = new HBox(8, picture.apply(lesson.steps().get(0).experiment()), words);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
