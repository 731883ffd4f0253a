/** The Welcome page: shown on a workspace's first start, again from Help > Welcome; links to the first steps. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.rcp.welcome;
