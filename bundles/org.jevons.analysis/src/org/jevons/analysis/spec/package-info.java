/**
 * The analyses' inputs: declarations of a study, resolved (inheritance applied, references followed) and
 * converted to SI units. Built from the EMF model by the language layer; analyses never see EMF or Xtext.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.analysis.spec;
