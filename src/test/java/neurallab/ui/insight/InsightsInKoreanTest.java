package neurallab.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import neurallab.ui.JsonExperimentStore;
import neurallab.session.live.TrainerWorker;
import neurallab.ui.insight.InsightsWindow.Insight;
import neurallab.ui.text.Texts;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The insights window and its views built in Korean: titles, captions and buttons read in Korean. */
@ExtendWith(ApplicationExtension.class)
class InsightsInKoreanTest {
    private PlaygroundViewModel vm;
    private InsightsWindow insights;
    private TabPane views;

    @Start
    void start(Stage stage) throws Exception {
        Texts.use(Locale.KOREAN);
        Path dir = Files.createTempDirectory("neurallab-insights-ko");
        vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> TrainerWorker.thread("test-trainer"),
                new JsonExperimentStore(), new RecentFiles());
        insights = new InsightsWindow(vm, new Appearance(), new Subscriptions());
        insights.show(null);
        views = InsightFixtures.build();
        stage.setScene(new Scene(views, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        Texts.use(Locale.ENGLISH);
        vm.close();
    }

    @Test
    void theWindowsTabsCaptionsAndButtonsAreKorean(FxRobot robot) {
        assertEquals("NeuralLab: 인사이트", insights.stage().getTitle());
        assertEquals("가중치", tab(Insight.WEIGHTS).getText());
        assertEquals("그래디언트", tab(Insight.GRADIENT_FLOW).getText());
        assertEquals("손실 지형", tab(Insight.LANDSCAPE).getText());
        assertEquals("학습률 탐색", tab(Insight.LR_FINDER).getText());
        // the captions: what the view shows, with the finder's rule and its share from the code
        assertTrue(caption(robot, Insight.WEIGHTS).startsWith("층마다의 가중치입니다."), caption(robot, Insight.WEIGHTS));
        assertTrue(caption(robot, Insight.LANDSCAPE).endsWith("어두울수록 손실이 낮습니다."));
        String finder = caption(robot, Insight.LR_FINDER);
        assertTrue(finder.contains("10⁻⁶에서 10까지") && finder.contains("손실이 10% 이상 떨어질 때만 제안합니다"), finder);
        assertEquals("탐색기 실행", robot.from(insights.stage().getScene().getRoot()).lookup("#finder-run")
                .queryAs(Button.class).getText());
        assertEquals("나란히 보기", robot.from(insights.stage().getScene().getRoot()).lookup("#insights-side-by-side")
                .queryAs(Button.class).getText());
    }

    @Test
    void theViewsTitlesAndLabelsAreKorean(FxRobot robot) {
        assertEquals("가중치", title(robot, 0));
        assertEquals("그래디언트 흐름", title(robot, 1));
        assertEquals("옵티마이저 경주: 로젠브록 골짜기", title(robot, 4));
        assertEquals("학습률 탐색기", title(robot, 5));
        assertEquals("손실 지형 (가중치 경로의 주평면)", title(robot, 6));
        robot.interact(() -> views.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        Node walk = views.getTabs().get(3).getContent();
        assertEquals("순전파: 뉴런의 가중합", robot.from(walk).lookup("#walkthrough-phase").queryAs(Label.class).getText());
        assertTrue(robot.from(walk).lookup("#walkthrough-position").queryAs(Label.class).getText().matches("\\d+단계 중 1단계"));
        assertEquals("다음 ▶", robot.from(walk).lookup("#walkthrough-next").queryAs(Button.class).getText());
        robot.interact(() -> views.getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("재생", robot.from(views.getTabs().get(4).getContent()).lookup("#race-play")
                .queryAs(Labeled.class).getText());
    }

    private Tab tab(Insight i) {
        return insights.tabs().getTabs().get(i.ordinal());
    }

    private String caption(FxRobot robot, Insight i) {
        return robot.from(insights.stage().getScene().getRoot()).lookup("#insight-explanation-" + i.name())
                .queryAs(Label.class).getText();
    }

    private String title(FxRobot robot, int tab) {
        return robot.from(views.getTabs().get(tab).getContent()).lookup("#insight-title").queryAs(Label.class).getText();
    }
}
