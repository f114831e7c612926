package neurallab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Activation values against reference values (erf, tanh, PyTorch's softplus threshold and the relu kink). */
class ActivationTest {

    @Test
    void erfMatchesReferenceValues() {
        assertEquals(0.0, Erf.erf(0.0), 0.0);
        assertEquals(0.5204998778130465, Erf.erf(0.5), 1e-15);
        assertEquals(0.8427007929497149, Erf.erf(1.0), 1e-15);
        assertEquals(0.9953222650189527, Erf.erf(2.0), 1e-15);
        assertEquals(0.9999779095030014, Erf.erf(3.0), 1e-15);
        assertEquals(0.9999999845827421, Erf.erf(4.0), 1e-15);
        assertEquals(-0.8427007929497149, Erf.erf(-1.0), 1e-15);
        assertEquals(1.0, Erf.erf(40.0), 0.0);
    }

    @Test
    void geluIsTheExactErfForm() {
        // gelu(1) = 1 · Φ(1) = 0.8413447460685429
        assertEquals(0.8413447460685429, Activation.GELU.value(1.0), 1e-15);
        assertEquals(-0.15865525393145707, Activation.GELU.value(-1.0), 1e-15);
    }

    @Test
    void tanhAgreesWithTheLibraryToTheLastBits() {
        for (double z = -30; z <= 30; z += 0.00137) {
            assertEquals(Math.tanh(z), Activation.TANH.value(z), 1e-15 * Math.abs(Math.tanh(z)), "z=" + z);
        }
        for (double z = 1e-300; z < 1; z *= 1.7) {
            assertEquals(Math.tanh(z), Activation.TANH.value(z), 1e-15 * z, "z=" + z);
        }
        assertEquals(1.0, Activation.TANH.value(1e6), 0.0);
        assertEquals(-1.0, Activation.TANH.value(Double.NEGATIVE_INFINITY), 0.0);
    }

    @Test
    void reluTakesTheLeftBranchAtZero() {
        assertEquals(0.0, Activation.RELU.derivative(0.0, 0.0));
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(0.0, 0.0));
        assertEquals(-0.05, Activation.LEAKY_RELU.value(-5.0), 1e-15);
    }

    @Test
    void reluOverArraysIsTheKinkValueByValue() {
        double[] z = {-3.0, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1e-300, 0.5, 7.0, Double.MAX_VALUE};
        double[] a = new double[z.length];
        Activation.RELU.apply(z, a, z.length, 1);
        double[] gradA = {2.0, -1.5, 3.0, -4.0, 0.25, -8.0, 1.5, -0.5, 9.0};
        double[] gradZ = new double[z.length];
        Activation.RELU.backward(z, a, gradA, gradZ, z.length);
        for (int i = 0; i < z.length; i++) {
            // relu(z) = max(z, 0), relu'(z) = 1 for z > 0 and 0 otherwise (0 at the kink itself)
            assertEquals(z[i] > 0.0 ? z[i] : 0.0, a[i], 0.0, "a at z=" + z[i]);
            assertEquals(z[i] > 0.0 ? gradA[i] : 0.0, gradZ[i], 0.0, "dL/dz at z=" + z[i]);
            assertEquals(Activation.RELU.value(z[i]), a[i], 0.0);
        }
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(a[2]), "relu(−0) is +0");
    }

    @Test
    void softplusFollowsPyTorchsThreshold() {
        assertEquals(Math.log(2.0), Activation.SOFTPLUS.value(0.0), 1e-15);
        assertEquals(25.0, Activation.SOFTPLUS.value(25.0), 0.0);
        assertEquals(1.0, Activation.SOFTPLUS.derivative(25.0, 25.0), 0.0);
    }

    @Test
    void eluAndSilu() {
        assertEquals(Math.exp(-1) - 1, Activation.ELU.value(-1.0), 1e-15);
        assertEquals(2.0 / (1 + Math.exp(-2.0)), Activation.SILU.value(2.0), 1e-15);
    }

    @Test
    void softmaxRowSumsToOneAndSurvivesLargeLogits() {
        double[] z = {1000.0, 1001.0, 999.0};
        double[] a = new double[3];
        Activation.softmaxRow(z, a, 0, 3, 1);
        assertEquals(1.0, a[0] + a[1] + a[2], 1e-15);
        assertEquals(Math.exp(1) / (1 + Math.exp(1) + Math.exp(-1)), a[1], 1e-15);
    }
}
