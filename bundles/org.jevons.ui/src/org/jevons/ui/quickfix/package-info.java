/** Quick fixes on Jevons problem markers: suggested unit, import, create the declaration. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.quickfix;
