import { replaceStartScript, startScriptOf } from './start-script';

// The build's pages name their files from where they stand (./_app/…, SvelteKit's relative
// paths), which keeps every page's scripts small. The "not found" page is the exception: a server
// sends it for an address at any depth (/quiz/typo, /a/b/c), where ./_app/… would name files that
// are not there, and SvelteKit would take the folder the address stands in for the app's base.

/** SvelteKit's start script: the app's base, worked out from the page's own address */
const relativeBase = 'base: new URL(".", location).pathname.slice(0, -1)';

/**
 * The page with every file named from the site's root: its links and imports of ./… (the app's
 * files, the icons, the manifest, the service worker) name /…, and SvelteKit's start script takes
 * the root for the app's base. The start script's hash in the page's Content-Security-Policy is
 * changed to match. Throws when the page has no start script with a relative base, or the policy
 * does not hold its hash: a page it cannot rewrite must not ship half-rewritten.
 *
 * @example
 * fromRoot('<link href="./_app/a.css" rel="stylesheet">…') // '<link href="/_app/a.css" rel="stylesheet">…'
 */
export function fromRoot(html: string): string {
	const start = startScriptOf(html);
	if (!start.includes(relativeBase))
		throw new Error('the start script works out no base from the page’s address');
	const rooted = start
		.replace(relativeBase, 'base: ""')
		.replaceAll('import("./', 'import("/')
		.replaceAll("'./service-worker.js'", "'/service-worker.js'");
	// a file named another way than these would stay relative, and miss at depth
	if (/["']\.\//.test(rooted))
		throw new Error('the start script names a file from where the page stands');
	return replaceStartScript(html, start, rooted).replaceAll('href="./', 'href="/');
}
