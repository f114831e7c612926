package neurallab.engine;

/** Learning-rate schedules of docs/engine.md. */
public enum ScheduleType implements StableName {
    CONSTANT("constant"), STEP("step"), EXPONENTIAL("exponential"), TIME("time"), COSINE("cosine");

    private final String id;

    ScheduleType(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
