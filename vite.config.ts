import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// every page loads the framework anyway: one request for Svelte's runtime and
				// SvelteKit's client instead of a handful of small shared chunks
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/
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
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
