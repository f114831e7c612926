/**
 * Lessons: a guided sequence of experiments with text for the student, the controls each step
 * highlights, locks or hides, and a goal checked against each epoch's figures (docs/file-format.md).
 */
package neurallab.session.lesson;
