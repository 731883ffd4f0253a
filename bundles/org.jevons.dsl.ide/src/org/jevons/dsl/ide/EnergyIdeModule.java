package org.jevons.dsl.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.jevons.dsl.ide.analyze.AnalysisJson;
import org.jevons.dsl.ide.analyze.AnalyzeExtension;
import org.jevons.dsl.ide.analyze.ContractAnalysisJson;
import org.jevons.dsl.ide.analyze.StudyBuilderProvider;
import org.jevons.dsl.ide.analyze.StudyProvider;
import org.jevons.dsl.ide.codeactions.EnergyCodeActionService;
import org.jevons.dsl.ide.codelens.EnergyCodeLensService;
import org.jevons.dsl.ide.contentassist.EnergyIdeContentProposalProvider;
import org.jevons.dsl.ide.hover.EnergyHoverService;
import org.jevons.dsl.ide.server.NothingToGenerate;
import org.jevons.dsl.ide.symbols.EnergyDocumentSymbolService;
import org.jevons.dsl.ide.symbols.EnergySymbolNameProvider;
import org.jevons.dsl.ide.symbols.SymbolKinds;

/**
 * Guice bindings of the language server services. Formatting needs no binding here: Xtext's FormattingService is
 * offered for every language and uses the formatter the runtime module binds.
 */
public class EnergyIdeModule extends AbstractEnergyIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return EnergyIdeContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return EnergyHoverService.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return EnergyCodeLensService.class;
	}

	/** Definitions (and flat symbols) go through this class; ours also finds the built-in library. */
	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return EnergyDocumentSymbolService.class;
	}

	/** Outline entries by simple name. */
	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return EnergySymbolNameProvider.class;
	}

	/** Symbol kinds by kind of declaration (hardware a class, workloads functions, ...). */
	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return SymbolKinds.Kinds.class;
	}

	/** The keyword and the first words of a declaration as a symbol's detail. */
	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return SymbolKinds.Details.class;
	}

	/** The workbench's quick fixes, for every LSP client. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return EnergyCodeActionService.class;
	}

	/** The {@code jevons/analyze} request. */
	public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
		return AnalyzeExtension.class;
	}

	/** Who turns the model into the analyses' input. */
	public Class<? extends StudyProvider> bindStudyProvider() {
		return StudyBuilderProvider.class;
	}

	/** No code generation: the builder validates each resource once. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	/** The JSON of {@code jevons/analyze}: the report bundle's contract, as {@code jevons analyze --format json}. */
	public Class<? extends AnalysisJson> bindAnalysisJson() {
		return ContractAnalysisJson.class;
	}
}
