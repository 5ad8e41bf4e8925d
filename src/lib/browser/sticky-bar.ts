import type { Attachment } from 'svelte/attachments';

/** the custom property app.css reserves at the bottom of the scrollport (`scroll-padding-bottom`) */
export const stickyBarHeight = '--sticky-bar-height';

/** the most of the screen's height a bar may cover while it sticks */
export const tallestStuckShare = 1 / 3;
/**
 * a bar no longer stuck sticks again only below this share: the screen's height changes as a
 * phone's address bar folds away in a scroll, and a bar near the line would come and go
 */
export const restickShare = 0.3;

/**
 * Whether a bar `share` of the screen tall is too tall to stick, given whether it was so far: past
 * a third it stops sticking, and sticks again only below 30%.
 *
 * @example
 * tooTallToStick(0.4, false) // true
 * tooTallToStick(0.32, true) // true: not yet below 30%
 */
export const tooTallToStick = (share: number, wasTooTall: boolean) =>
	wasTooTall ? share >= restickShare : share > tallestStuckShare;

/**
 * Keeps the height of a bar stuck to the bottom of the screen (the quiz's and review's answer
 * bars) in {@link stickyBarHeight} on the root element, so that what takes focus or is scrolled to
 * stops above the bar rather than under it (WCAG 2.4.11). The bar's height changes as it wraps,
 * so it is watched, not read once; the property goes when the bar does.
 *
 * A bar taller than a third of the screen (large text on a phone: the quiz's bar covered 45% of it
 * at 200%) stays where it is in the page instead, after the question, and nothing is reserved.
 */
export const reserveBelow: Attachment<HTMLElement> = (bar) => {
	const root = bar.ownerDocument.documentElement;
	const view = bar.ownerDocument.defaultView;
	let height = bar.offsetHeight;
	let tall = false;
	const place = () => {
		const share = view === null ? 0 : height / view.innerHeight;
		tall = tooTallToStick(share, tall);
		// through the CSSOM, which the page's CSP allows (a style attribute it would not)
		bar.style.position = tall ? 'static' : '';
		root.style.setProperty(stickyBarHeight, `${tall ? 0 : Math.ceil(height)}px`);
	};
	const observer = new ResizeObserver(([entry]) => {
		height = entry?.borderBoxSize[0]?.blockSize ?? bar.offsetHeight;
		place();
	});
	observer.observe(bar);
	view?.addEventListener('resize', place);
	return () => {
		observer.disconnect();
		view?.removeEventListener('resize', place);
		bar.style.position = '';
		root.style.removeProperty(stickyBarHeight);
	};
};
