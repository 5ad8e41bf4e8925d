// Which pages the service worker does not precache, shared with scripts/check-budgets.js (which
// counts what the worker downloads): each quiz set's page and its results. Their HTML is a page per
// set (about 50 of them, 2.3 KB each, well over 100 KB of the first visit), while what they show
// offline comes from files the worker does cache: the set's questions, the page's __data.json and
// the scripts. Offline, such a page is the fallback page (fallback.html, SvelteKit's page without a
// route), which renders the address in the browser like any page reached by a link.

const pattern = /^\/quiz\/[a-z0-9-]+(?:\/results)?$/;

/** adapter-static's fallback page (svelte.config.js), which the worker caches beside `prerendered` */
export const fallbackPage = '/fallback.html';

/** the page for an address with no page, prerendered from routes/404 (served with status 404) */
export const notFoundPage = '/404';

/**
 * whether the worker leaves a page (a clean path, as SvelteKit's `prerendered` lists it) to the
 * fallback page instead of caching its HTML
 * @param {string} path
 */
export function renderedByFallback(path) {
	return pattern.test(path);
}
