/**
 * The extensions a static host (and scripts/serve.js) sends compressed: text, not images.
 */
export const compressibleExtensions = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt'
]);

/**
 * Parses a Netlify/Cloudflare-style _headers file: a path pattern on its own line,
 * then indented `Name: value` lines. `*` in a pattern matches any run of characters.
 * @param {string} text
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: string, headers: Record<string, string>, matches: (path: string) => boolean }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim();
			const regex = new RegExp(
				`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`
			);
			rules.push({ pattern, headers: {}, matches: (path) => regex.test(path) });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon === -1) continue;
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}
