import { createHash } from 'node:crypto';

// The build's pages name their files from where they stand (./_app/…, SvelteKit's relative
// paths), which keeps every page's scripts small. The "not found" page is the exception: a server
// sends it for an address at any depth (/quiz/typo, /a/b/c), where ./_app/… would name files that
// are not there, and SvelteKit would take the folder the address stands in for the app's base.

/** SvelteKit's start script: the app's base, worked out from the page's own address */
const relativeBase = 'base: new URL(".", location).pathname.slice(0, -1)';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

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
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map(([, body]) => body ?? '')
		.filter((body) => body.includes(relativeBase));
	if (scripts.length !== 1)
		throw new Error(
			`expected one SvelteKit start script with a relative base, found ${scripts.length}`
		);
	const start = scripts[0] ?? '';
	const rooted = start
		.replace(relativeBase, 'base: ""')
		.replaceAll('import("./', 'import("/')
		.replaceAll("'./service-worker.js'", "'/service-worker.js'");
	const before = sha256(start);
	if (!html.includes(before))
		throw new Error('the Content-Security-Policy does not hold the start script’s hash');
	return html
		.replace(start, () => rooted)
		.replaceAll(before, sha256(rooted))
		.replaceAll('href="./', 'href="/');
}
