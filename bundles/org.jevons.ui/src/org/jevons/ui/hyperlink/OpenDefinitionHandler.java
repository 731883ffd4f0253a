package org.jevons.ui.hyperlink;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jevons.ui.editor.EnergyEditor;

/** F3: open the definition of the name at the caret. */
public class OpenDefinitionHandler extends AbstractHandler {

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof EnergyEditor editor
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			List<Location> locations = Definitions.at(editor, selection.getOffset());
			if (!locations.isEmpty()) {
				Definitions.open(editor.getSite().getPage(), locations.get(0));
			}
		}
		return null;
	}
}
