/** Quick Outline (Ctrl+O), Find References (Ctrl+Shift+G), the pop-up they share, and the icons of declaration kinds. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.ui.navigation;
