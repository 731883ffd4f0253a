/**
 * The background server of the command line (as Gradle's daemon): one long-lived JVM per installation keeps the
 * language set up and compiled, and a small client forwards each {@code check}, {@code analyze} and
 * {@code validate} to it (docs/headless.md, "Background server").
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.cli.daemon;
