package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.data.ProblemType;
import neurallab.engine.Activation;
import neurallab.engine.LayerSpec;
import neurallab.session.Experiment;
import neurallab.session.ExperimentRules;
import neurallab.session.live.ManualWorker;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's own messages, as a Korean window shows them: made by the real trainer, then read back. */
class SessionMessagesTest {
    @TempDir
    Path dir;

    private final List<ManualWorker> workers = new ArrayList<>();
    private PlaygroundViewModel vm;

    @BeforeEach
    void setUp() {
        Texts.use(Locale.KOREAN);
        vm = new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), () -> {
            ManualWorker w = new ManualWorker();
            workers.add(w);
            return w;
        }, new PlaygroundViewModelTest.MemoryStore(), new RecentFiles());
        vm.frame();
    }

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    private void frame() {
        workers.get(workers.size() - 1).tick();
        vm.frame();
    }

    @Test
    void resetRebuildAndDivergenceSpeakKorean() {
        vm.reset();
        frame();
        assertEquals("시드 7(으)로 가중치를 다시 초기화했습니다", vm.notice().get());
        vm.addLayer();
        frame();
        assertEquals("네트워크를 다시 만들었습니다 (은닉층 추가): 가중치를 다시 초기화하고 에폭 0부터 시작합니다",
                vm.notice().get());
        vm.setProblem(ProblemType.REGRESSION);
        vm.setLayerActivation(0, Activation.RELU);
        vm.setLearningRate("10");
        vm.play();
        for (int i = 0; i < 60 && !vm.diverged().get(); i++) {
            frame();
        }
        assertTrue(vm.banner().get().matches("에폭 \\d+에서 학습이 발산했습니다: .* 학습률\\(10\\.0\\)이 너무 높은 것 같습니다: .*"),
                vm.banner().get());
    }

    @Test
    void englishReadsBackToTheTrainersOwnWordsAndUnknownFormsPassThrough() {
        Texts.use(Locale.ENGLISH);
        String diverged = "Training diverged at epoch 12: the loss or a weight became infinite or NaN. The last weights "
                + "whose loss was still sane are back. The learning rate (3.0) is probably too high: lower it, or reset.";
        assertEquals(diverged, SessionMessages.shown(diverged));
        String stopped = "Early stopping at epoch 80: the validation loss has not improved for 20 epochs; the best "
                + "weights (epoch 60) are restored. Press play to train on.";
        assertEquals(stopped, SessionMessages.shown(stopped));
        assertEquals("layers[0].units: must be ≥ 1", SessionMessages.shown("layers[0].units: must be ≥ 1"));
        assertNull(SessionMessages.shown(null));
        Texts.use(Locale.KOREAN);
        assertEquals("에폭 80에서 조기 종료: 검증 손실이 20 에폭 동안 나아지지 않았습니다. 가장 좋았던 가중치(에폭 60)로 "
                + "되돌렸습니다. 실행을 누르면 학습을 이어 갑니다.", SessionMessages.shown(stopped));
    }

    @Test
    void theRulesProblemsSpeakKoreanWithTheirNumbers() {
        Experiment e = Edits.playgroundDefault();
        List<LayerSpec> layers = new ArrayList<>(e.layers());
        layers.set(0, layers.get(0).withActivation(Activation.SOFTMAX));
        layers.set(layers.size() - 1, new LayerSpec(3, Activation.SOFTMAX));
        List<String> problems = ExperimentRules.structural(e.withLayers(layers));
        assertEquals("layers[0].activation: softmax is only for the output layer", problems.get(0));
        assertEquals("층 0: 소프트맥스는 출력층에만 쓸 수 있습니다", SessionMessages.shown(problems.get(0)));
        assertTrue(problems.size() >= 2, problems.toString());
        for (String p : problems) {
            String shown = SessionMessages.shown(p);
            assertTrue(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL),
                    p + " → " + shown);
        }
    }
}
