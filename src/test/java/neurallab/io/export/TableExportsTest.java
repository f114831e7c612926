package neurallab.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import neurallab.session.live.LossHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss history and the confusion matrix as CSV. */
class TableExportsTest {
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    @Test
    void lossHistoryHasTheColumnsThatHoldAValueAndEmptyCellsWhereAFigureIsMissing() {
        LossHistory history = new LossHistory();
        // train, validation, test loss; train, validation, test accuracy
        history.append(0, new double[] {0.6931471805599453, NA, 0.7, 0.5, NA, 0.25});
        history.append(1, new double[] {0.5, NA, NA, 0.75, NA, 1.0});
        history.append(2, new double[] {1e-7, NA, 0.125, 1.0, NA, 0.5});

        String csv = LossHistoryCsv.csv(history.view());

        assertEquals("""
                epoch,trainLoss,testLoss,trainAccuracy,testAccuracy
                0,0.6931471805599453,0.7,0.5,0.25
                1,0.5,,0.75,1.0
                2,1.0E-7,0.125,1.0,0.5
                """, csv);
    }

    @Test
    void aRegressionHistoryHasLossesOnlyAndAnEmptyOneAHeaderOnly() throws IOException {
        LossHistory history = new LossHistory();
        history.append(0, new double[] {2.0, 3.0, 4.0, NA, NA, NA});
        Path file = dir.resolve("loss.csv");

        LossHistoryCsv.write(file, history.view());

        assertEquals("epoch,trainLoss,validationLoss,testLoss\n0,2.0,3.0,4.0\n", Files.readString(file));
        assertEquals("epoch\n", LossHistoryCsv.csv(LossHistory.View.empty()));
    }

    @Test
    void confusionMatrixRowsAreTrueClassesAndColumnsPredictedOnes() throws IOException {
        int[][] m = {{5, 1, 0}, {2, 7, 0}, {0, 0, 9}};
        Path file = dir.resolve("confusion.csv");

        ConfusionMatrixCsv.write(file, m, List.of("setosa", "versi, color", "say \"virginica\""));

        assertEquals("""
                true \\ predicted,setosa,"versi, color","say ""virginica\"""
                setosa,5,1,0
                "versi, color",2,7,0
                "say ""virginica\""",0,0,9
                """, Files.readString(file));
    }

    @Test
    void classesWithoutNamesAreNumberedAndANonSquareMatrixIsABug() {
        assertEquals("true \\ predicted,0,1\n0,3,1\n1,0,4\n",
                ConfusionMatrixCsv.csv(new int[][] {{3, 1}, {0, 4}}, List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrixCsv.csv(new int[][] {{3, 1}, {0}}, List.of()));
        assertTrue(e.getMessage().contains("row 1 has 1 cells, not 2"), e.getMessage());
    }
}
