// Fails on any DOM-injection or code-evaluation sink in src/: the app renders text, never HTML,
// and its CSP forbids eval. ESLint's rules (eslint.config.js) catch these in the syntax tree; this
// plain text search is the second line, and also sees what a parser misses (markup, strings,
// files ESLint ignores). Tests may name the sinks, so *.spec.ts files are skipped.
// `node scripts/check-sinks.js [dir]` prints file:line for each and exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const sinks = [
	{ name: 'innerHTML', pattern: /\binnerHTML\b/ },
	{ name: 'outerHTML', pattern: /\bouterHTML\b/ },
	{ name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
	{ name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\b/ },
	{ name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
	{ name: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
	{ name: '{@html', pattern: /\{\s*@html\b/ }
];

const sourceFile = /\.(?:svelte|[cm]?[jt]s|html)$/;

/**
 * the files under dir to search: source and markup, not tests
 * @param {string} dir
 */
export function filesToSearch(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => sourceFile.test(file) && !file.endsWith('.spec.ts'))
		.map((file) => join(dir, file))
		.sort();
}

/**
 * Every sink in a text, with its 1-based line.
 * @param {string} text
 * @returns {{ line: number, sink: string, code: string }[]}
 */
export function findSinks(text) {
	return text
		.split('\n')
		.flatMap((code, index) =>
			sinks
				.filter(({ pattern }) => pattern.test(code))
				.map(({ name }) => ({ line: index + 1, sink: name, code: code.trim() }))
		);
}

function main() {
	const dir = resolve(process.argv[2] ?? 'src');
	const found = filesToSearch(dir).flatMap((file) =>
		findSinks(readFileSync(file, 'utf8')).map((hit) => ({
			...hit,
			file: relative('.', file).split(sep).join('/')
		}))
	);
	if (found.length === 0) {
		console.log(`No HTML-injection or eval sink in ${relative('.', dir) || '.'}.`);
		return;
	}
	for (const { file, line, sink, code } of found)
		console.error(`${file}:${line}: ${sink}: ${code}`);
	console.error(
		`\n${found.length} security sink(s) found. Render text (Svelte's {expression}, textContent) ` +
			'instead of HTML, and never evaluate strings as code.'
	);
	process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
