package org.jevons.dsl.ide.analyze;

import java.util.List;
import java.util.Optional;

import org.jevons.analysis.spec.Specs.Study;
import org.jevons.dsl.study.StudyBuilder;
import org.jevons.model.energy.EnergyFile;

/** The DSL's study builder, the same one {@code jevons analyze} uses: one meaning of a file everywhere. */
public class StudyBuilderProvider implements StudyProvider {

	@Override
	public Optional<Study> build(List<EnergyFile> files) {
		return Optional.of(StudyBuilder.build(files));
	}
}
