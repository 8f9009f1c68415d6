/** The keyboard command that hides or shows all highlights on the current page (manifest "commands"). */
export const TOGGLE_COMMAND = 'toggle-highlights';
