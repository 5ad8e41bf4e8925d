import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumFlags, findChromium } from './scripts/find-chromium.js';

// the component tests run in the Chromium the browser tests use (Playwright cannot download its
// own here); looked for only when Vitest runs, so a build never needs a browser
const chromium: { executablePath?: string } = process.env.VITEST ? findChromium() : {};

export default defineConfig({
	plugins: [sveltekit()],
	build: {
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
						// the lazy-load helper): one request instead of four tiny ones
						{
							name: 'shell',
							test: /src[\\/]lib[\\/](model[\\/]defaults|storage[\\/]keys|state[\\/](context|lazy\.svelte)|components[\\/]LazyLoad)/
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
