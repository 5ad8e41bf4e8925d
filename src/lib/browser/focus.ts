import type { Attachment } from 'svelte/attachments';

/**
 * Moves focus to the element when it is created (or when `enabled` turns true), so focus follows
 * the learner's action: to the answer once shown, to "Show answer" on the next card.
 */
export function focusWhen(enabled: boolean): Attachment<HTMLElement> {
	return (node) => {
		if (enabled) node.focus();
	};
}
