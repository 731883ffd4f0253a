/** New Energy Project and New Energy File wizards with templates. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.wizards;
