/**
 * Calibration and validation of the inference model against measured energy per token (docs/methodology.md,
 * Calibration): measurement rows predicted with the engine's own kernel, defaults fitted by path, error tables on
 * models held out of the fit.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.calibration;
