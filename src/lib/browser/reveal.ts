// Takes the reader to an element, opening the folds it is in: scrolled to the middle of the view,
// or for a heading whose text follows it to the top (no smooth scrolling, so nothing moves under
// prefers-reduced-motion and the element is in place at once), and focused when it should take
// focus, so a screen reader reads it.
import type { Attachment } from 'svelte/attachments';

export function reveal(
	id: string | undefined,
	{ focus = true, block = 'center' }: { focus?: boolean; block?: 'center' | 'start' } = {}
) {
	if (!id) return;
	const element = document.getElementById(id);
	if (!element) return;
	// a folded section (the transcript on a phone) opens to show what is in it
	for (
		let fold = element.closest('details');
		fold;
		fold = fold.parentElement?.closest('details') ?? null
	)
		fold.open = true;
	element.scrollIntoView({ block, behavior: 'instant' });
	if (focus) element.focus({ preventScroll: true });
}

/** the "Re-read what I missed or was shaky on" button, where focus returns when the walk stops */
export const startButtonId = 'reread-start';
/** the mastery summary, focusable, in case that button is gone */
export const summaryId = 'mastery-heading';

/**
 * An element that appears out of view (above the screen, or low in it, where a bar stuck to its
 * foot covers it) is scrolled to the middle: a quiz's "Move the items into order first" came
 * 1,200 px above an ordering read at 200% text, and Check seemed to do nothing (tester 8).
 */
export const intoViewOnMount: Attachment<HTMLElement> = (node) => {
	const { top, bottom } = node.getBoundingClientRect();
	if (top < 0 || bottom > window.innerHeight * 0.6)
		node.scrollIntoView({ block: 'center', behavior: 'instant' });
};
