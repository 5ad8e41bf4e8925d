import type { Attachment } from 'svelte/attachments';

/** the custom property app.css reserves at the bottom of the scrollport (`scroll-padding-bottom`) */
export const stickyBarHeight = '--sticky-bar-height';

/**
 * Keeps the height of a bar stuck to the bottom of the screen (the quiz's and review's answer
 * bars) in {@link stickyBarHeight} on the root element, so that what takes focus or is scrolled to
 * stops above the bar rather than under it (WCAG 2.4.11). The bar's height changes as it wraps,
 * so it is watched, not read once; the property goes when the bar does.
 */
export const reserveBelow: Attachment<HTMLElement> = (bar) => {
	const root = bar.ownerDocument.documentElement;
	const observer = new ResizeObserver(([entry]) => {
		const height = entry?.borderBoxSize[0]?.blockSize ?? bar.offsetHeight;
		root.style.setProperty(stickyBarHeight, `${Math.ceil(height)}px`);
	});
	observer.observe(bar);
	return () => {
		observer.disconnect();
		root.style.removeProperty(stickyBarHeight);
	};
};
