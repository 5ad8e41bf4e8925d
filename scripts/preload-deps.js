// What Vite's import() helper preloads (build.modulePreload.resolveDependencies in vite.config.ts).
// The helper adds a <link rel=modulepreload> for every module an import() needs unless the page
// already has a link to it, and every link costs Chromium 0.3–0.6 ms of the main thread. Our pages
// load their first chunks with import() after the first paint (src/lib/server/paint-first.ts), not
// with links, so the helper did not see them: SvelteKit's start, loading the page's own nodes in
// hydration's task, linked the framework, the shell and their runtime again, and so did every lazy
// load after it (issue 15). Those chunks are left out here. The module the import() fetches keeps
// its link: the helper calls import() only once the stylesheets it adds have loaded, and the link
// fetches the module meanwhile.

/** the chunks every page loads before it is interactive, as vite.config.ts's groups name them */
export const firstLoadChunks = ['rolldown-runtime', 'framework', 'shell'];

/**
 * The plugin that learns the file names of {@link firstLoadChunks} as the bundle is written (they
 * are hashed), and the `resolveDependencies` that leaves them out; Vite calls it after the plugin
 * has seen the bundle (its import analysis comes after every plugin of ours).
 */
export function preloadDeps() {
	/** @type {Set<string>} */
	const firstLoadFiles = new Set();
	return {
		/** @type {import('vite').Plugin} */
		plugin: {
			name: 'first-load-chunks',
			apply: 'build',
			generateBundle(_options, bundle) {
				firstLoadFiles.clear();
				for (const chunk of Object.values(bundle))
					if (chunk.type === 'chunk' && firstLoadChunks.includes(chunk.name))
						firstLoadFiles.add(chunk.fileName);
			}
		},
		/**
		 * @param {string} _file the module the import() fetches
		 * @param {string[]} deps what the helper would preload for it, file names in the build
		 */
		resolveDependencies: (_file, deps) => deps.filter((dep) => !firstLoadFiles.has(dep))
	};
}
