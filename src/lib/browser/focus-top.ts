// Beside focus.ts, not in it: that module is in the first load of every page, and only the review
// page (its card, and the Show answer of its answer bar) needs these.
import type { Attachment } from 'svelte/attachments';

/**
 * `focusWhen` (focus.ts) for an element that may be taller than the screen, as a card's back with
 * 200% text: the part of it matching `start` (its answer) comes to the top of the screen, under the
 * header, where the browser's own scroll to a focused element landed 857 px into it, at the end of
 * the explanation. Its own top did not do: the question the back repeats above the answer took the
 * screen over the grade buttons, and the answer was below them on every card (tester 7).
 */
export function focusTopWhen(enabled: boolean, start?: string): Attachment<HTMLElement> {
	return (node) => {
		if (!enabled) return;
		node.focus({ preventScroll: true });
		topIntoView((start ? node.querySelector<HTMLElement>(start) : null) ?? node);
	};
}

/**
 * The same scroll without the focus, for the next card a learner's step put on screen: with 200%
 * text on a phone the card started below the screen, under the answer bar the focus was on.
 */
export function topIntoViewWhen(enabled: boolean): Attachment<HTMLElement> {
	return (node) => {
		if (enabled) topIntoView(node);
	};
}

/**
 * `focusWhen` for a button of an answer bar stuck to the foot of the screen (review's Show answer):
 * the browser's own scroll to a focused element went to where the bar stands in the page, after
 * the card, and took the card's question off the top of the screen. Only a button out of view (a
 * bar too tall to stick, reserveBelow) is scrolled to.
 */
export function focusInBarWhen(enabled: boolean): Attachment<HTMLElement> {
	return (node) => {
		if (!enabled) return;
		node.focus({ preventScroll: true });
		const { top, bottom } = node.getBoundingClientRect();
		if (top < 0 || bottom > window.innerHeight) node.scrollIntoView({ block: 'nearest' });
	};
}

/** the element's top to the top of the screen, when it is above it or in its lower half */
function topIntoView(node: HTMLElement) {
	const { top } = node.getBoundingClientRect();
	if (top < 0 || top > window.innerHeight / 2) node.scrollIntoView({ block: 'start' });
}
