/** See style.md for what this package owns. */
package neurallab.io;
