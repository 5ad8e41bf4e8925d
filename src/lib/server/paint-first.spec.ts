import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// the shape of SvelteKit 2's start script (runtime/server/page/render.js), as a built page holds it
const start = `
				{
					__sveltekit_x = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{title:"import(\\"x\\") is text",parts:["an import(",")"]},uses:{}}],
							form: null,
							error: null
						});
					});

					if ('serviceWorker' in navigator) {
						addEventListener('load', function () {
							navigator.serviceWorker.register('./service-worker.js');
						});
					}
				}
			`;
const ownScript = `localStorage.getItem('mark');`;
const page = (script: string) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${sha256(ownScript)} ${sha256(script)}; style-src 'self'">
<script>${ownScript}</script></head>
<body><main id="main"><h1>Home</h1></main><script>${script}</script></body></html>`;
const modules = [
	'./_app/immutable/entry/start.A.js',
	'./_app/immutable/chunks/C.js',
	'./_app/immutable/entry/app.B.js',
	'./_app/immutable/nodes/2.D.js'
];

const startScriptOf = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body ?? '').at(-1) ?? '';

describe('paintFirst: the page asks for its code after its first paint', () => {
	const rewritten = paintFirst(page(start), modules);
	const script = startScriptOf(rewritten);

	it('imports SvelteKit’s entry points once the page has painted, and every other one then too', () => {
		expect(script).toContain('painted.then(() => import("./_app/immutable/entry/start.A.js"))');
		expect(script).toContain('painted.then(() => import("./_app/immutable/entry/app.B.js"))');
		expect(script).toContain('() => import("./_app/immutable/chunks/C.js")');
		expect(script).toContain('() => import("./_app/immutable/nodes/2.D.js")');
		// no import() left that runs as the page is read: each is behind `painted`
		const calls = [
			...script.matchAll(/(painted\.then\(\(\) => |\(\) => )?import\("\.\/_app[^"]+"\)/g)
		];
		expect(calls).toHaveLength(4);
		expect(calls.filter(([, guard]) => guard === undefined)).toEqual([]);
	});

	it('waits for the first contentful paint, a frame where that is not reported, nothing in the background', () => {
		expect(script).toContain("paints.getEntriesByName('first-contentful-paint')");
		expect(script).toContain("observe({ type: 'paint', buffered: true })");
		expect(script).toContain('return requestAnimationFrame(() => setTimeout(done));');
		expect(script).toContain("if (document.visibilityState === 'hidden') return done();");
	});

	it('keeps the rest of the script: the app’s data, where it goes, the service worker', () => {
		expect(script).toContain('data:{title:"import(\\"x\\") is text",parts:["an import(",")"]}');
		expect(script).toContain('kit.start(app, element, {');
		expect(script).toContain("navigator.serviceWorker.register('./service-worker.js')");
		expect(script.indexOf('const element')).toBeLessThan(script.indexOf('const painted'));
	});

	it('changes the start script’s hash in the policy, and leaves the other scripts’ as they were', () => {
		expect(rewritten).toContain(sha256(script));
		expect(rewritten).not.toContain(sha256(start));
		expect(rewritten).toContain(sha256(ownScript));
	});

	it('is valid JavaScript', () => {
		expect(() => new Script(script)).not.toThrow();
	});

	it('works with no module to preload beyond the entry points', () => {
		const script = startScriptOf(
			paintFirst(
				page(start),
				modules.filter((m) => m.includes('entry'))
			)
		);
		expect(script).not.toContain('load().catch');
		expect(script).toContain('painted.then(() => import("./_app/immutable/entry/start.A.js"))');
	});

	it('leaves a page rendered without content alone (the fallback page): it would wait for a paint forever', () => {
		const fallback = page(start.replace(/node_ids: \[0, 2\],\s*/, ''));
		expect(paintFirst(fallback, modules)).toBe(fallback);
	});

	it('refuses a page it cannot rewrite whole', () => {
		expect(() => paintFirst('<html><body><p>no script</p></body></html>', modules)).toThrow(
			/one SvelteKit start script, found 0/
		);
		expect(() => paintFirst(page(start).replace(sha256(start), 'sha256-other'), modules)).toThrow(
			/hash/
		);
		expect(() => paintFirst(page(start).replaceAll('import(', 'load('), modules)).toThrow(
			/imports nothing/
		);
	});
});
