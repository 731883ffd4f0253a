package org.jevons.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.jevons.dsl.conversion.EnergyValueConverterService;
import org.jevons.dsl.formatting2.EnergyFormatter;
import org.jevons.dsl.scoping.DependentsAwareDescriptionManager;
import org.jevons.dsl.scoping.EnergyQualifiedNameProvider;
import org.jevons.dsl.scoping.EnergyResourceDescriptionStrategy;
import org.jevons.dsl.scoping.LibraryAwareGlobalScopeProvider;
import org.jevons.dsl.scoping.PackageAwareScopeProvider;
import org.jevons.dsl.scoping.ResolvedOnceResource;
import org.jevons.dsl.validation.EnergyLinkingDiagnosticMessageProvider;
import org.jevons.dsl.validation.EnergySyntaxErrorMessageProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the language runtime (no Equinox extension registry needed). */
public class EnergyRuntimeModule extends AbstractEnergyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return EnergyValueConverterService.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return EnergyQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return LibraryAwareGlobalScopeProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PackageAwareScopeProvider.class);
	}

	/** Cross-references resolved once per linking (Xtext walks them again for each of three callers). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return ResolvedOnceResource.class;
	}

	/** The index's descriptions, from walks that skip what cannot hold a name or a reference. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return EnergyResourceDescriptionStrategy.class;
	}

	/** Files referring to a changed file are validated again, whatever the change. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return DependentsAwareDescriptionManager.class;
	}

	/** Messages of unresolved references that say which import is missing. */
	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return EnergyLinkingDiagnosticMessageProvider.class;
	}

	/** Syntax errors that explain `1eV` (a glued unit read as an exponent). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return EnergySyntaxErrorMessageProvider.class;
	}

	/** Bound by hand: the MWE2 formatter fragment generates no stub (formatter = { generateStub = false }). */
	public Class<? extends IFormatter2> bindIFormatter2() {
		return EnergyFormatter.class;
	}

	/**
	 * Without EMF's generic constraints (multiplicities, data values, proxies, keys): the metamodel declares none
	 * that a parsed file can break (no lower bounds, opposites, keys or constrained data types) and Xtext reports
	 * unresolved references itself, yet they took a quarter of the validation of a large workspace.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}
}
