import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

// Only when prerendering: every page ships as built HTML (adapter-static), and in `vite dev` the
// policy is a header this cannot rewrite
export const handle: Handle = ({ event, resolve }) =>
	building
		? resolve(event, { transformPageChunk: ({ html }) => paintFirst(html) })
		: resolve(event);
