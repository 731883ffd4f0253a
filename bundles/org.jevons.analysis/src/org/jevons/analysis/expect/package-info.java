/**
 * Evaluation of {@code expect} budgets: a failed budget is a result, never an exception.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.expect;
