/** Help > Help Contents: the documentation of docs/ (copied into the bundle at build time) shown without a browser. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.rcp.help;
