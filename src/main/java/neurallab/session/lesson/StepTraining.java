package neurallab.session.lesson;

/**
 * What the student is asked to do to reach a step's goal: train {@code epochs} epochs from the step's
 * experiment (the headless check does exactly this), said in one sentence such as "press play; about
 * 300 epochs".
 */
public record StepTraining(int epochs, String instruction) {
    public StepTraining {
        if (epochs < 1) {
            throw new IllegalArgumentException("a step trains at least one epoch, got " + epochs);
        }
    }

    public StepTraining withInstruction(String sentence) {
        return new StepTraining(epochs, sentence);
    }
}
