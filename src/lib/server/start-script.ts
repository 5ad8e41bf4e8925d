import { createHash } from 'node:crypto';

// SvelteKit's start script in a prerendered page, which the build's page hook rewrites
// (paint-first.ts, from-root.ts): found one way, and replaced with its hash in the page's
// Content-Security-Policy changed to match, so a rewritten script is never blocked.

/** the line of SvelteKit's start script (render.js) that finds where the app goes */
export const startLine = 'const element = document.currentScript.parentElement;';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The body of the page's start script. Throws unless the page has exactly one. */
export function startScriptOf(html: string): string {
	const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map(([, body]) => body ?? '')
		.filter((body) => body.includes(startLine));
	if (scripts.length !== 1)
		throw new Error(`expected one SvelteKit start script, found ${scripts.length}`);
	return scripts[0] ?? '';
}

/**
 * The page with its start script `start` replaced by `rewritten`, and the script's hash in the
 * policy with it. Throws when the policy does not hold the hash: a page it cannot rewrite whole
 * must not ship half-rewritten.
 */
export function replaceStartScript(html: string, start: string, rewritten: string): string {
	const before = sha256(start);
	if (!html.includes(before))
		throw new Error('the Content-Security-Policy does not hold the start script’s hash');
	return html.replace(start, () => rewritten).replaceAll(before, sha256(rewritten));
}
