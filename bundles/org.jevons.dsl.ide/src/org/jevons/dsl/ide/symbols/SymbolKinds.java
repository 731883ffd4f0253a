package org.jevons.dsl.ide.symbols;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.jevons.model.energy.EnergyPackage;
import org.jevons.model.energy.NamedDeclaration;

/**
 * What an outline or a symbol search shows for each kind of declaration: a symbol kind an editor has an icon for
 * (hardware a class, a workload a function, ...) and, as the detail, the keyword and the first words of its body
 * ({@code inference · model R1 on 1 x H100_SXM in US_East}).
 */
public final class SymbolKinds {
	/** The detail is cut after this many characters. */
	static final int DETAIL_LENGTH = 60;

	private SymbolKinds() {
	}

	public static SymbolKind of(EClass type) {
		EnergyPackage p = EnergyPackage.eINSTANCE;
		if (type == p.getEnergyFile()) {
			return SymbolKind.Package;
		} else if (type == p.getAccelerator()) {
			return SymbolKind.Class;
		} else if (type == p.getNode()) {
			return SymbolKind.Struct;
		} else if (type == p.getGrid()) {
			return SymbolKind.Constant;
		} else if (type == p.getDatacenter()) {
			return SymbolKind.Module;
		} else if (type == p.getModel()) {
			return SymbolKind.Object;
		} else if (type == p.getTraining() || type == p.getInference()) {
			return SymbolKind.Function;
		} else if (type == p.getProjection()) {
			return SymbolKind.Event;
		} else if (type == p.getSweep()) {
			return SymbolKind.Array;
		}
		return SymbolKind.Property;
	}

	/** "accelerator · peak bf16 989 TFLOP/s power 700 W …". */
	public static String details(EObject object) {
		String keyword = object.eClass() == EnergyPackage.eINSTANCE.getEnergyFile() ? "package"
				: object.eClass().getName().toLowerCase(Locale.ROOT);
		if (!(object instanceof NamedDeclaration)) {
			return keyword;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return keyword;
		}
		String text = node.getText().replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*|\"[^\"]*\"", " ");
		int open = text.indexOf('{');
		int close = text.lastIndexOf('}');
		String body = open >= 0 ? text.substring(open + 1, close > open ? close : text.length()) : "";
		body = body.replaceAll("\\bsource\\b", " ").replaceAll("\\s+", " ").trim();
		if (body.length() > DETAIL_LENGTH) {
			body = body.substring(0, DETAIL_LENGTH).trim() + " …";
		}
		return body.isEmpty() ? keyword : keyword + " · " + body;
	}

	/** For hierarchical document symbols. */
	public static class Kinds extends DocumentSymbolKindProvider {
		@Override
		protected SymbolKind getSymbolKind(EClass type) {
			return of(type);
		}
	}

	/** For hierarchical document symbols. */
	public static class Details extends DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject object) {
			return details(object);
		}
	}
}
