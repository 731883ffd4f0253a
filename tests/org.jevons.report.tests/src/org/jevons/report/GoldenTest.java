package org.jevons.report;

import java.util.function.Supplier;

import org.jevons.analysis.StudyResult;
import org.jevons.analysis.spec.Specs.Study;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of two acceptance studies against its golden file. */
class GoldenTest {
	private static StudyResult seed;
	private static StudyResult training;

	private static synchronized StudyResult result(String name) {
		if (name.equals("seed")) {
			seed = seed != null ? seed : run(Studies::seed);
			return seed;
		}
		training = training != null ? training : run(Studies::training);
		return training;
	}

	private static StudyResult run(Supplier<Study> study) {
		return Studies.analyze(study.get());
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void seedStudy(ReportFormat format) {
		Golden.assertGolden("seed." + format.extension(),
				Reports.render(result("seed"), Studies.context("seed_87_percent.energy"), format));
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void trainingStudy(ReportFormat format) {
		Golden.assertGolden("training." + format.extension(),
				Reports.render(result("training"), Studies.context("training_reported.energy"), format));
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void reboundStudy(ReportFormat format) {
		Golden.assertGolden("rebound." + format.extension(),
				Reports.render(rebound(), Studies.context("rebound.energy"), format));
	}

	private static StudyResult rebound;

	private static synchronized StudyResult rebound() {
		rebound = rebound != null ? rebound : run(ReboundStudy::study);
		return rebound;
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "seed", "training" })
	void junitXml(String study) {
		Golden.assertGolden(study + ".junit.xml", Reports.junit(result(study), Studies.context(study + ".energy")));
	}
}
