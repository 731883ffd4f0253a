/** Jevons preferences: Monte Carlo samples and seed, default datacenter. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.preferences;
