// Serves the built app the way a static host does: prerendered pages by clean URL, text in brotli
// or gzip when the browser accepts it (encoding.js), the headers of static/_headers, and 404.html
// for unknown paths.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { compressibleExtensions as compressible, parseHeadersFile } from './headers.js';
import { encode, encodingFor } from './encoding.js';

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

/** files of the build a static host keeps to itself: its own configuration is not a page */
const hostFiles = new Set(['_headers', '_redirects']);

/**
 * the file a clean URL stands for: /quiz → quiz.html, / → index.html; undefined for a path that
 * names no file, or one a host keeps private. Throws URIError for a path that does not decode (`/%`).
 * @param {string} pathname
 */
function resolveFile(pathname) {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, safe);
	if (!base.startsWith(root) || base.includes('\0')) return undefined;
	const inside = base.slice(root.length).split(/[/\\]/);
	if (inside.some((part) => hostFiles.has(part) || part.startsWith('.'))) return undefined;
	const candidates = [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * The longest request URL served, in characters. Query strings are the app's own business (the
 * static pages ignore them), so a long one still gets its page; past this, 414. Node's own limit
 * on the request head (`maxHeaderSize` below) is set above it, so this answer is ours, not a 431.
 */
const maxUrlLength = 32 * 1024;

/** each file as sent, by file and encoding: compressed once, on its first request */
/** @type {Map<string, Promise<Buffer>>} */
const cache = new Map();
/**
 * @param {string} file
 * @param {import('./encoding.js').Encoding | undefined} encoding
 */
function body(file, encoding) {
	const key = `${file}:${encoding}`;
	let cached = cache.get(key);
	if (!cached) {
		const raw = readFileSync(file);
		cached = encoding ? encode(raw, encoding) : Promise.resolve(raw);
		cache.set(key, cached);
		// a failed compression is tried again by the next request, not kept
		cached.catch(() => cache.delete(key));
	}
	return cached;
}

/**
 * A short plain-text answer for a request the server will not serve as a page.
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function refuse(response, status, text) {
	response.writeHead(status, {
		...headersFor('/'),
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-cache',
		'content-length': Buffer.byteLength(text)
	});
	response.end(text);
}

// a bad request is answered and forgotten: one request for `/%` used to throw an uncaught
// URIError and stop the server for everyone after it (issue 17)
const server = createServer({ maxHeaderSize: 64 * 1024 }, async (request, response) => {
	try {
		await serve(request, response);
	} catch (error) {
		console.error(`Could not serve ${request.url?.slice(0, 200)}:`, error);
		if (!response.headersSent) refuse(response, 500, 'The server could not answer this request.\n');
		else response.destroy();
	}
});

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function serve(request, response) {
	const target = request.url ?? '/';
	if (target.length > maxUrlLength)
		return refuse(response, 414, 'This address is too long to be a page of this app.\n');
	/** @type {URL} */
	let url;
	/** @type {string | undefined} */
	let file;
	try {
		url = new URL(target, 'http://localhost');
		file = resolveFile(url.pathname);
	} catch {
		// a path that does not decode (`/%`, `/%E0%A4%A`) names no page: the request is bad
		return refuse(response, 400, 'This address is not a valid path.\n');
	}
	// an address with a trailing slash (/quiz/fact-check/) names the page without it, where there
	// is one: sent there, as static hosts do, rather than answered with "Page not found"
	// (one leading slash: '//host/…' would be read as another site)
	const trimmed = url.pathname.replace(/\/+$/, '').replace(/^\/+/, '/');
	if (!file && trimmed !== '/' && trimmed !== url.pathname && resolveFile(trimmed)) {
		response.writeHead(308, {
			...headersFor(trimmed),
			location: `${trimmed}${url.search}`,
			'cache-control': 'no-cache'
		});
		response.end();
		return;
	}
	let status = 200;
	if (!file) {
		file = join(root, '404.html');
		status = 404;
	}
	const ext = extname(file);
	const encoding = compressible.has(ext)
		? encodingFor(request.headers['accept-encoding'])
		: undefined;
	/** @type {Record<string, string | number>} */
	const headers = {
		...headersFor(url.pathname),
		'content-type': types[ext] ?? 'application/octet-stream',
		'cache-control': url.pathname.startsWith('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		vary: 'Accept-Encoding'
	};
	if (encoding) headers['content-encoding'] = encoding;
	const payload = await body(file, encoding);
	headers['content-length'] = payload.length;
	response.writeHead(status, headers);
	response.end(request.method === 'HEAD' ? undefined : payload);
}

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
		// the port actually bound: PORT=0 asks the system for a free one (the server's own tests do)
		const address = server.address();
		const bound = address && typeof address === 'object' ? address.port : port;
		console.log(`The study companion is running at http://localhost:${bound}/ (Ctrl+C to stop)`);
	});
}

listen(firstPort, 10);
