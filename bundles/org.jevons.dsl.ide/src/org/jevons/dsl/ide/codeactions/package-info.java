/** Quick fixes served over LSP (code actions): units, imports, new declarations, did-you-mean. */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.jevons.dsl.ide.codeactions;
