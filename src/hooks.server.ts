import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

// Only when prerendering: every page ships as built HTML (adapter-static), and in `vite dev` the
// policy is a header this cannot rewrite
export const handle: Handle = ({ event, resolve }) => {
	if (!building) return resolve(event);
	/** the page's modules, which SvelteKit would preload from its <head>: asked for after the paint */
	const modules: string[] = [];
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return true;
			modules.push(path);
			return false;
		},
		transformPageChunk: ({ html }) => paintFirst(html, modules)
	});
};
