package org.jevons.dsl.ide.analyze;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Study;
import org.jevons.model.energy.EnergyFile;

import com.google.inject.ImplementedBy;

/**
 * Turns parsed and linked files into the analyses' input. A binding of its own so that the language server does not
 * care who builds the study (the DSL's study builder) and tests can supply one.
 */
@ImplementedBy(NoStudyProvider.class)
public interface StudyProvider {

	/** The study of the given files; empty when no builder is available. May throw on a defect of the builder. */
	Optional<Study> build(List<EnergyFile> files);
}
