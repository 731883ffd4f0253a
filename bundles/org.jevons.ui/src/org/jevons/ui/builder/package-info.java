/** Workspace validation: every .energy file of the open projects is known to the language server, whose diagnostics become markers, also for files changed outside editors. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.builder;
