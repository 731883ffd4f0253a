/** The headless command line: {@code jevons check | analyze | lsp} on a plain JVM classpath. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.cli;
