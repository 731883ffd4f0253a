package org.jevons.dsl.ide.symbols;

import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Document symbols (the outline) by the name written, {@code T} rather than {@code study.T}: the package is the
 * file's outermost symbol already. Workspace symbols keep qualified names, which is what a search wants.
 */
public class EnergySymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	protected String getName(QualifiedName name) {
		return name == null || name.getSegmentCount() == 0 ? super.getName(name) : name.getLastSegment();
	}
}
