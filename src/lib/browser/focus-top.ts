// Beside focus.ts, not in it: that module is in the first load of every page (/settings is 3 bytes
// from its budget with this in it); only review's card needs this.
import type { Attachment } from 'svelte/attachments';

/**
 * `focusWhen` (focus.ts) for an element that may be taller than the screen, as a card's answer with
 * 200% text: its top comes into view, under the header, where the browser's own scroll to a
 * focused element landed 857 px into it, at the end of the explanation.
 */
export function focusTopWhen(enabled: boolean): Attachment<HTMLElement> {
	return (node) => {
		if (!enabled) return;
		node.focus({ preventScroll: true });
		const { top } = node.getBoundingClientRect();
		if (top < 0 || top > window.innerHeight / 2) node.scrollIntoView({ block: 'start' });
	};
}
