package org.jevons.dsl.ide.analyze;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Study;
import org.jevons.model.energy.EnergyFile;

/** No study builder installed: hovers and code lenses say that figures are unavailable. */
public class NoStudyProvider implements StudyProvider {

	@Override
	public Optional<Study> build(List<EnergyFile> files) {
		return Optional.empty();
	}
}
