import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	budgets,
	findViolations,
	fontsInCss,
	gzipSize,
	importsOf,
	measureBuild,
	measurePrecache,
	pageEntries,
	precachedPaths,
	precacheViolations,
	routeOf
} from './check-budgets.js';
import { renderedByFallback } from '../src/service-worker/fallback-pages.js';
import { encodeSync } from './encoding.js';

// a tiny build shaped like SvelteKit's: modulepreload links, an inline start script with dynamic
// imports of the entries, minified chunks that import each other statically and one lazily
const files: Record<string, string> = {
	'index.html': `<!doctype html><html><head>
		<link href="./_app/entry/start.js" rel="modulepreload">
		<link rel="stylesheet" href="./_app/app.css">
		</head><body><script>
			Promise.all([import("./_app/entry/start.js"), import("./_app/entry/app.js")]).then(() => {});
		</script></body></html>`,
	'quiz/index.html': `<!doctype html><html><head>
		<link rel="preload" as="font" href="/_app/serif.woff2" crossorigin>
		<style>@font-face { font-family: x; src: url(x.ttf) }</style>
		</head><body><script type="module" src="../_app/entry/start.js"></script></body></html>`,
	'_app/entry/start.js': 'import{a as b}from"../chunks/runtime.js";export const start=b;',
	'_app/entry/app.js':
		'import"../chunks/runtime.js";const s="import \\"./not-an-import.js\\"";' +
		'export const load=()=>import("../nodes/lazy.js");',
	'_app/chunks/runtime.js': 'export const a=1;',
	'_app/nodes/lazy.js': `export const big="${'x'.repeat(5000)}";`,
	'_app/app.css': 'body{margin:0}',
	// as SvelteKit writes the worker's lists: its base, then each path as a literal
	'service-worker.js':
		'var e=location.pathname,t=[e+`/_app/entry/start.js`,e+`/_app/entry/app.js`,' +
		'e+`/_app/chunks/runtime.js`,e+`/_app/nodes/lazy.js`,e+`/_app/app.css`],' +
		'n=[e+\'/_headers\',e+\'/icon.png\'],r=[e+"/",e+"/quiz"];const o=`/404.html`;',
	'icon.png': 'not really a png, and not compressed',
	_headers: '/*\n  X-Frame-Options: DENY'
};

let build: string;

beforeAll(() => {
	build = mkdtempSync(join(tmpdir(), 'budgets-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(build, path)), { recursive: true });
		writeFileSync(join(build, path), content);
	}
});

afterAll(() => rmSync(build, { recursive: true, force: true }));

describe('parsing', () => {
	test('static imports are told apart from dynamic ones and from strings that look like imports', () => {
		const source = files['_app/entry/app.js'] ?? '';
		expect(importsOf(source, { dynamic: false })).toEqual(['../chunks/runtime.js']);
		expect(importsOf(source, { dynamic: true })).toEqual(['../nodes/lazy.js']);
		expect(
			importsOf('export{x}from"./re.js";import*as y from"./ns.js"', { dynamic: false })
		).toEqual(['./re.js', './ns.js']);
	});

	test('a page lists its preloaded modules and the entries its start script imports, once each', () => {
		const entries = pageEntries(files['index.html'] ?? '');
		expect(entries.scripts).toEqual(['./_app/entry/start.js', './_app/entry/app.js']);
		expect(entries.stylesheets).toEqual(['./_app/app.css']);
		expect(entries.fontLinks).toEqual([]);
	});

	test('font preloads, @font-face and font urls are found', () => {
		expect(pageEntries(files['quiz/index.html'] ?? '').fontLinks).toEqual(['/_app/serif.woff2']);
		expect(fontsInCss('@font-face{src:url("a.woff2") format("woff2")}')).toEqual([
			'@font-face',
			'a.woff2'
		]);
		expect(fontsInCss('body{background:url(bg.svg)}')).toEqual([]);
	});

	test('page files map to the clean URLs they are served at', () => {
		expect(routeOf('index.html')).toBe('/');
		expect(routeOf('quiz.html')).toBe('/quiz');
		expect(routeOf('quiz/index.html')).toBe('/quiz');
		expect(routeOf('404.html')).toBe('/404');
	});
});

describe('the service worker’s precache', () => {
	test('is read from the lists built into the worker, less the host’s _headers', () => {
		expect(precachedPaths(files['service-worker.js'] ?? '')).toEqual([
			'/_app/entry/start.js',
			'/_app/entry/app.js',
			'/_app/chunks/runtime.js',
			'/_app/nodes/lazy.js',
			'/_app/app.css',
			'/icon.png',
			'/',
			'/quiz'
		]);
	});

	test('counts each file as the server sends it: text in brotli (and gzip), images as they are', () => {
		const precache = measurePrecache(build);
		expect(precache.files).toBe(8);
		const text = [
			'_app/entry/start.js',
			'_app/entry/app.js',
			'_app/chunks/runtime.js',
			'_app/nodes/lazy.js',
			'_app/app.css',
			'index.html',
			'quiz/index.html'
		];
		const brotli = text.map((path) => encodeSync(files[path] ?? '', 'br').length);
		const gzip = text.map((path) => gzipSize(files[path] ?? ''));
		const image = (files['icon.png'] ?? '').length;
		expect(precache.transferred).toBe(brotli.reduce((a, b) => a + b) + image);
		expect(precache.gzip).toBe(gzip.reduce((a, b) => a + b) + image);
		expect(precache.largest[0]?.transferred).toBe(Math.max(...brotli, image));
		expect(precacheViolations(precache)).toEqual([]);
		expect(precacheViolations(precache, { ...budgets, precacheTransferred: 100 })).toEqual([
			expect.stringMatching(/downloads .* KB on the first visit \(8 files\), over the budget/)
		]);
	});

	test('refuses to measure a worker that caches a missing file or leaves a page out', () => {
		const broken = mkdtempSync(join(tmpdir(), 'budgets-sw-'));
		try {
			writeFileSync(join(broken, 'index.html'), '<p>home</p>');
			writeFileSync(join(broken, 'about.html'), '<p>about</p>');
			writeFileSync(join(broken, 'service-worker.js'), 'const t=[e+`/`,e+`/gone.js`];');
			expect(() => measurePrecache(broken)).toThrow(/caches \/gone\.js, which is not in the build/);
			writeFileSync(join(broken, 'service-worker.js'), 'const t=[e+`/`];');
			expect(() => measurePrecache(broken)).toThrow(/does not cache about\.html/);
		} finally {
			rmSync(broken, { recursive: true, force: true });
		}
	});
});

test('a quiz set’s pages are left to the fallback page only with the fallback and their data cached', () => {
	expect(renderedByFallback('/quiz/topic-refusals')).toBe(true);
	expect(renderedByFallback('/quiz/topic-refusals/results')).toBe(true);
	// the quiz menu, its data and a set's data are files the worker caches
	expect(renderedByFallback('/quiz')).toBe(false);
	expect(renderedByFallback('/quiz/__data.json')).toBe(false);
	expect(renderedByFallback('/quiz/topic-refusals/__data.json')).toBe(false);
	const dir = mkdtempSync(join(tmpdir(), 'budgets-fallback-'));
	try {
		mkdirSync(join(dir, 'quiz/topic-x'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<p>home</p>');
		writeFileSync(join(dir, 'quiz/topic-x.html'), '<p>a set</p>');
		writeFileSync(join(dir, 'quiz/topic-x/__data.json'), '{}');
		writeFileSync(join(dir, 'fallback.html'), '<p>fallback</p>');
		const worker = (paths: string[]) =>
			writeFileSync(
				join(dir, 'service-worker.js'),
				`const t=[${paths.map((p) => `e+\`${p}\``).join(',')}];`
			);
		// the set's HTML is listed by SvelteKit but not downloaded: neither counted nor required
		worker(['/', '/quiz/topic-x', '/quiz/topic-x/__data.json']);
		expect(measurePrecache(dir).files).toBe(3);
		worker(['/', '/quiz/topic-x']);
		expect(() => measurePrecache(dir)).toThrow(/does not cache quiz\/topic-x\.html/);
		rmSync(join(dir, 'fallback.html'));
		worker(['/', '/quiz/topic-x', '/quiz/topic-x/__data.json']);
		expect(() => measurePrecache(dir)).toThrow(/does not cache quiz\/topic-x\.html/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

describe('measuring a build', () => {
	test('first-load JavaScript follows static imports, counts each script once and skips lazy ones', () => {
		const [home] = measureBuild(build);
		expect(home?.route).toBe('/');
		expect(home?.scripts).toEqual([
			'_app/entry/start.js',
			'_app/entry/app.js',
			'_app/chunks/runtime.js'
		]);
		expect(home?.scriptRequests).toBe(3);
		const expected = ['_app/entry/start.js', '_app/entry/app.js', '_app/chunks/runtime.js']
			.map((path) => gzipSize(files[path] ?? ''))
			.reduce((a, b) => a + b);
		expect(home?.jsGzip).toBe(expected);
		expect(home?.htmlGzip).toBe(gzipSize(files['index.html'] ?? ''));
		expect(home?.fonts).toEqual([]);
	});

	test('a nested page resolves relative and root-relative hrefs and reports its fonts', () => {
		const quiz = measureBuild(build).find((page) => page.route === '/quiz');
		expect(quiz?.scripts).toEqual(['_app/entry/start.js', '_app/chunks/runtime.js']);
		expect(quiz?.fonts).toEqual([
			'/_app/serif.woff2 (link)',
			'@font-face (inline style)',
			'x.ttf (inline style)'
		]);
	});

	test('a broken budget names the route and the budget', () => {
		const pages = measureBuild(build);
		const violations = findViolations(pages, {
			...budgets,
			jsGzip: 10,
			scriptRequests: 2,
			htmlGzip: 100_000
		});
		expect(violations).toContainEqual(
			expect.stringMatching(
				/^\/ \(index\.html\): first-load JavaScript is .* over the budget of 0\.0 KB/
			)
		);
		expect(violations).toContainEqual('/ (index.html): 3 script requests, over the budget of 2');
		expect(violations).toContainEqual(
			expect.stringMatching(/^\/quiz \(quiz\/index\.html\): loads a web font/)
		);
		expect(findViolations(pages.filter((page) => page.route === '/'))).toEqual([]);
	});
});
