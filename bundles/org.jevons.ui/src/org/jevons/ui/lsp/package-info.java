/** The workbench's one in-process language server: ordered notifications, requests, position conversion, log4j to the Eclipse log. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.lsp;
