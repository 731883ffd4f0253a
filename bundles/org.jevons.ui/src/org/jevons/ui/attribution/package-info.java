/**
 * "Attribute Usage…": {@code jevons attribute}'s embedded path on a chosen usage log, in a background job with
 * progress and cancel; totals, daily aggregates and a daily chart in the Usage Attribution view.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.attribution;
