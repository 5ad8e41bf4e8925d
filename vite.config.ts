import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumFlags, findChromium } from './scripts/find-chromium.js';
import { preloadDeps } from './scripts/preload-deps.js';

// the component tests run in the Chromium the browser tests use (Playwright cannot download its
// own here); looked for only when Vitest runs, so a build never needs a browser
const chromium: { executablePath?: string } = process.env.VITEST ? findChromium() : {};

// no preload link for a chunk every page has already loaded (scripts/preload-deps.js)
const preload = preloadDeps();

export default defineConfig({
	plugins: [sveltekit(), preload.plugin],
	build: {
		modulePreload: { resolveDependencies: preload.resolveDependencies },
		rolldownOptions: {
			// a zod schema the client never uses (the bank's claim and seed schemas, beside the
			// questions') is not built on load: z.* calls are pure, so an unused one is dropped. The one
			// z call made for its effect, config({ jitless: true }), is called by its own name.
			treeshake: { manualPureFunctions: ['z'] },
			output: {
				// every page loads the framework anyway: one request for Svelte's runtime and
				// SvelteKit's client instead of a handful of small shared chunks, with Vite's helper
				// for import() in it (every page imports something lazily)
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|^\0vite[\\/]preload-helper/
						},
						// the app's own small modules every page loads (context, defaults, storage keys,
						// the lazy-load helper): one request instead of four tiny ones. hasProgress too,
						// which /progress draws with: the store below would otherwise take it along (a
						// group takes its modules' imports), and /progress would load the store first
						{
							name: 'shell',
							test: /src[\\/]lib[\\/](model[\\/]defaults|storage[\\/]keys|state[\\/](context|lazy\.svelte)|components[\\/]LazyLoad|progress[\\/]has-progress)/
						},
						// what every page loads after it is interactive, in two requests instead of 17, and
						// two import() preloads instead of 17 (each <link rel=modulepreload> the helper adds
						// costs Chromium 0.3–0.6 ms of the main thread): the stored progress (its database,
						// checks and zod) …
						{
							name: 'store',
							test: /node_modules[\\/](idb|zod)[\\/]|src[\\/]lib[\\/](browser[\\/](store|open-store|idb-database|first-paint-marks|tabs|persistence)\.ts|storage[\\/](records|database|issues|packed|migrations|safe-json|store|references|gate|backup|merge|snapshots)\.ts|model[\\/]schema\.ts|content[\\/]fields\.ts)/
						},
						// … and what counts the cards due (ts-fsrs, the queue, the cards' outline). The study
						// day and the formatting it uses come with the store, whose messages format counts
						{
							name: 'due',
							test: /node_modules[\\/]ts-fsrs[\\/]|src[\\/]lib[\\/](srs[\\/](card|format-interval|leech|scheduler|quiz-misses|time|queue|review-queue)\.ts|browser[\\/](fetch-json|today-data)\.ts|progress[\\/]today-meta\.ts|content[\\/](flashcard-items|paper)\.ts|state[\\/]due-today\.svelte\.ts)/
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		// sv's split: plain specs in node, `*.svelte.spec.ts` (components, runes) in a real browser
		projects: [
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'client',
					// after the node specs: on 2 cores, Chromium would otherwise slow the year-long
					// storage simulation of scripts/storage-year.spec.ts past its timeouts
					sequence: { groupOrder: 1 },
					include: ['src/**/*.svelte.spec.ts'],
					setupFiles: ['src/vitest-setup-client.ts'],
					browser: {
						enabled: true,
						headless: true,
						// a failure is reported in words; screenshots would only litter the tree
						screenshotFailures: false,
						provider: playwright({
							launchOptions: {
								executablePath: chromium.executablePath,
								args: chromiumFlags
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
