package org.jevons.ui.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@code @ExtendWith(NoLoggedErrors.class)}: a UI test fails when anything logs an error while it runs. */
public final class NoLoggedErrors implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoLoggedErrors.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put(ErrorLogRecorder.class, new ErrorLogRecorder());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ErrorLogRecorder recorder = context.getStore(NAMESPACE).remove(ErrorLogRecorder.class, ErrorLogRecorder.class);
		recorder.close();
		assertEquals(List.of(), recorder.errors(), "errors were logged during the test");
	}
}
