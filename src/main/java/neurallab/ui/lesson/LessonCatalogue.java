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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import neurallab.session.Experiment;
import neurallab.session.lesson.Lesson;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;

/** The course catalogue: one card per lesson (a picture of its first data, its title, steps and concepts); a card starts its lesson. */
final class LessonCatalogue {
    private static final double CARD_EM = 20;
    private static final double CARD_HEIGHT_EM = 9.8;
    private static final int COLUMNS = 3;

    private LessonCatalogue() {
    }

    static void show(Window owner, List<Lesson> course, Function<Experiment, Node> picture, Consumer<Lesson> start) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("lesson.catalogue.title"));
        GridPane cards = new GridPane();
        cards.setHgap(10);
        cards.setVgap(10);
        cards.setId("lessonCatalogue");
        for (int i = 0; i < course.size(); i++) {
            Lesson lesson = course.get(i);
            Button card = new Button(null, card(i + 1, lesson, picture));
            card.setId("lessonCard-" + (i + 1));
            card.getStyleClass().add("lesson-card");
            // a fixed height: a button around wrapped labels asks for far more than they need
            card.setPrefHeight(CARD_HEIGHT_EM * Appearance.BASE_FONT);
            card.setMinHeight(Region.USE_PREF_SIZE);
            card.setMaxSize(Double.MAX_VALUE, Region.USE_PREF_SIZE);
            card.setAlignment(Pos.TOP_LEFT);
            card.setOnAction(e -> {
                dialog.close();
                start.accept(lesson);
            });
            cards.add(card, i % COLUMNS, i / COLUMNS);
        }
        Label header = new Label(Texts.get("lesson.catalogue.header"));
        header.setWrapText(true);
        header.setMaxWidth(COLUMNS * (CARD_EM + 1) * Appearance.BASE_FONT);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(460);
        dialog.getDialogPane().setContent(new VBox(10, header, scroll));
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
        for (Label l : List.of(title, concepts)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox words = new VBox(3, title, concepts);
        words.setPrefWidth((CARD_EM - 6) * Appearance.BASE_FONT);
        words.setMaxWidth((CARD_EM - 6) * Appearance.BASE_FONT);
        HBox card = new HBox(8, picture.apply(lesson.steps().get(0).experiment()), words);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
