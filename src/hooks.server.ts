import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { fromRoot } from '$lib/server/from-root';
import { paintFirst } from '$lib/server/paint-first';

/** the page the build writes for addresses with no page (routes/404), sent at any depth */
const notFoundRoute = '/404';

// Only when prerendering: every page ships as built HTML (adapter-static), and in `vite dev` the
// policy is a header this cannot rewrite
export const handle: Handle = ({ event, resolve }) =>
	building
		? resolve(event, {
				transformPageChunk: ({ html }) =>
					paintFirst(event.url.pathname === notFoundRoute ? fromRoot(html) : html)
			})
		: resolve(event);
