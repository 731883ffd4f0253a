/**
 * Training energy: reported and predicted modes, implied MFU cross-check, carbon, water, embodied carbon.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.training;
