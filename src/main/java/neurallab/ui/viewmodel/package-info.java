/**
 * The window's state and commands: the current experiment and the edits that produce the next one, what a
 * typed field accepts, theme and zoom, recent files. Views bind to read-only properties and call commands;
 * the view-model talks to the live trainer in {@code session.live} (docs/architecture.md).
 */
package neurallab.ui.viewmodel;
