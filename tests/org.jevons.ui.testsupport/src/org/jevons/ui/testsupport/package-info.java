/** What every UI test needs: waiting on the event loop without fixed sleeps, and failing on logged errors. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.testsupport;
