/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use (issue 8). At install, every file of this version is cached: the app's scripts and
// styles (`build`), the files of static/ (`files`) and every prerendered page and JSON endpoint
// (`prerendered`), except the HTML of the pages the fallback page renders offline (see
// ./fallback-pages.js; issue 15's first visit ≤ 600 KB). Those are then served from that cache,
// online or off, so a page and its scripts always come from the same version. A new version installs beside the old one and waits;
// the page tells the user and reloads when they ask (SKIP_WAITING), and the old cache is dropped.
// Requests to other origins are never made by the app and are never touched here.
import { build, files, prerendered, version } from '$service-worker';
import { fallbackPage, notFoundPage, renderedByFallback } from './fallback-pages.js';

const worker = self as unknown as ServiceWorkerGlobalScope;

const cachePrefix = 'study-companion-';
const cacheName = `${cachePrefix}${version}`;

// _headers is the static host's configuration, not a file the app uses
const precached = [
	...build,
	...files.filter((file) => !file.endsWith('/_headers')),
	...prerendered.filter((path) => !renderedByFallback(path) && path !== notFoundPage)
];
const precachedPaths = new Set(precached);
const prerenderedPaths = new Set(prerendered);

/**
 * The cached path a request stands for. Pages are cached by their clean URL (/quiz), as
 * `prerendered` lists them (a navigation to /quiz/, /quiz.html or /index.html is sent there
 * first). The query is ignored: a static host serves the same file whatever it says.
 */
function cachedPath(url: URL): string | undefined {
	return precachedPaths.has(url.pathname) ? url.pathname : undefined;
}

/** a page's clean path: /quiz/, /quiz.html and /quiz/index.html all mean /quiz */
function pagePath(url: URL): string {
	return (
		url.pathname
			.replace(/\/index\.html$/, '/')
			.replace(/\.html$/, '')
			.replace(/(.)\/$/, '$1') || '/'
	);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			await cache.addAll(precached);
			// adapter-static writes the fallback after `prerendered` is known, so it is not in it; it
			// exists only in a static build (not under `vite dev`): a nicety, not a need
			await cache.add(fallbackPage).catch(() => undefined);
			// the "not found" page is kept whatever status a host sends it with (one may answer /404
			// with 404), which would fail the whole install in addAll; without it, offline, the
			// fallback draws "not found" instead
			await fetch(notFoundPage)
				.then((page) => cache.put(notFoundPage, page))
				.catch(() => undefined);
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(cachePrefix) && key !== cacheName) await caches.delete(key);
			// the first version takes the open pages at once, so they work offline without a reload;
			// a later one gets here only when the user has asked for it (see the message below)
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	const navigation = request.mode === 'navigate';
	const page = navigation ? pagePath(url) : url.pathname;
	if (page !== url.pathname && (precachedPaths.has(page) || prerenderedPaths.has(page))) {
		// /review/ or /review.html is /review, at its own address: a page names its files relative
		// to it, and under /review/ they would be looked for in a folder that does not exist
		event.respondWith(Response.redirect(`${url.origin}${page}${url.search}`, 308));
		return;
	}
	const path = cachedPath(url);
	if (!path && !navigation) return;
	event.respondWith(respond(request, path));
});

async function respond(request: Request, path: string | undefined): Promise<Response> {
	const cache = await caches.open(cacheName);
	if (path) {
		const cached = await cache.match(path);
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		// offline: a page of this version left to the fallback (a quiz set's) is drawn by it in the
		// browser; any other address gets the "not found" page (the fallback draws that too, where
		// the build has no 404 page, as under `vite dev`)
		if (request.mode !== 'navigate') throw error;
		const path = pagePath(new URL(request.url));
		const known = renderedByFallback(path) && prerenderedPaths.has(path);
		const page =
			(known ? undefined : await cache.match(notFoundPage)) ?? (await cache.match(fallbackPage));
		if (!page) throw error;
		return new Response(page.body, { status: known ? 200 : 404, headers: page.headers });
	}
}
