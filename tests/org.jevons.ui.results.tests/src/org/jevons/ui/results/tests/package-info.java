/** UI tests of the results views and charts, in the product's workbench under Xvfb. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.tests;
