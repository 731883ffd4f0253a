/** The language server in this JVM (workbench, tests): the language injector once per JVM, start and close, a diagnostics-collecting client. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.server;
