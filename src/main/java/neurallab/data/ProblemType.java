package neurallab.data;

/** Classification (targets are class indices 0…K−1) or regression (targets are values). */
public enum ProblemType {
    CLASSIFICATION("classification"), REGRESSION("regression");

    private final String id;

    ProblemType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
