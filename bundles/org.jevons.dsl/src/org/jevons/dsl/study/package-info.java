/**
 * The bridge from the language to the analyses: resolved declarations (inheritance applied, references followed,
 * units converted to SI) as the analyses' input records.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.study;
