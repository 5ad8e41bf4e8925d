import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { appVersion } from './scripts/app-version.js';

// hash of the inline style on SvelteKit's route announcer (src/core/sync/write_root.js);
// without it a strict style-src-attr blocks the announcer's visually-hidden style.
const announcerStyleHash = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

// hashes of the inline scripts we write ourselves (SvelteKit hashes only the ones it writes):
// app.html's, and the one a quiz page's first screen carries in its markup (Svelte writes a
// script element nested in markup as it stands). Computed from the files, so an edit to a script cannot
// leave a stale hash behind
const ownScriptHashes = ['./src/app.html', './src/routes/quiz/[set]/FirstQuestion.svelte'].flatMap(
	(file) =>
		[
			...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(
				/<script>([\s\S]*?)<\/script>/g
			)
		].map(
			([, script]) =>
				/** @type {`sha256-${string}`} */ (
					`sha256-${createHash('sha256')
						.update(script ?? '')
						.digest('base64')}`
				)
		)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// every component of ours in runes mode (as `sv create` sets it; libraries keep their own):
		// then no page loads Svelte's legacy-mode code, 0.4 KB gzip of every first load (issue 15)
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// the fallback renders any address in the browser: the service worker's page for a quiz set
		// offline (src/service-worker/fallback-pages.js). An unknown address gets routes/404, which the
		// build renders to 404.html with its words in the HTML
		adapter: adapter({ pages: 'build', assets: 'build', fallback: 'fallback.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// of the sources, not the time: two builds of one commit are the same (scripts/app-version.js)
		version: { name: appVersion() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...ownScriptHashes],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-src': ['none']
			}
		}
	}
};

export default config;
