/** The immutable data model of the results view and charts, built from a StudyResult; no SWT, JSON for golden tests. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.results.model;
