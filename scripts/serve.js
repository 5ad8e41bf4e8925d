// Serves the built app the way a static host does: prerendered pages by clean URL,
// gzip when the browser accepts it, the headers of static/_headers, and 404.html for unknown paths.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from './headers.js';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const host = process.env.HOST ?? '127.0.0.1';
const firstPort = Number(process.env.PORT ?? 4173);

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built app in ${root}. Run "npm run build" first (npm start does it for you).`);
	process.exit(1);
}

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8'
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const headerRules = existsSync(join(root, '_headers'))
	? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
	: [];

/** @param {string} pathname */
function headersFor(pathname) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of headerRules) if (rule.matches(pathname)) Object.assign(headers, rule.headers);
	return headers;
}

/**
 * the file a clean URL stands for: /quiz → quiz.html, / → index.html
 * @param {string} pathname
 */
function resolveFile(pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, safe);
	if (!base.startsWith(root)) return undefined;
	const candidates = [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** @type {Map<string, Buffer>} */
const cache = new Map();
/**
 * @param {string} file
 * @param {boolean} gzip
 */
function body(file, gzip) {
	const key = `${file}:${gzip}`;
	let cached = cache.get(key);
	if (!cached) {
		const raw = readFileSync(file);
		cached = gzip ? gzipSync(raw, { level: 9 }) : raw;
		cache.set(key, cached);
	}
	return cached;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	let file = resolveFile(url.pathname);
	let status = 200;
	if (!file) {
		file = join(root, '404.html');
		status = 404;
	}
	const ext = extname(file);
	const gzip = compressible.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
	/** @type {Record<string, string | number>} */
	const headers = {
		...headersFor(url.pathname),
		'content-type': types[ext] ?? 'application/octet-stream',
		'cache-control': url.pathname.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		vary: 'Accept-Encoding'
	};
	if (gzip) headers['content-encoding'] = 'gzip';
	const payload = body(file, gzip);
	headers['content-length'] = payload.length;
	response.writeHead(status, headers);
	response.end(request.method === 'HEAD' ? undefined : payload);
});

/**
 * @param {number} port
 * @param {number} triesLeft
 */
function listen(port, triesLeft) {
	server.once('error', (error) => {
		if ('code' in error && error.code === 'EADDRINUSE' && triesLeft > 0 && !process.env.PORT)
			listen(port + 1, triesLeft - 1);
		else {
			console.error(`Could not listen on ${host}:${port}: ${error.message}`);
			process.exit(1);
		}
	});
	server.listen(port, host, () => {
		console.log(`The study companion is running at http://localhost:${port}/ (Ctrl+C to stop)`);
	});
}

listen(firstPort, 10);
