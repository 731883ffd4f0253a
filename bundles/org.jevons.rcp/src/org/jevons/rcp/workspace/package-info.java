/** File > Switch Workspace: the chosen folder is remembered for the launcher script, then the workbench restarts. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.rcp.workspace;
