import { describe, expect, it } from 'vitest';
import { fromRoot } from './from-root';
import { sha256, start } from './test-start-script';

const ownScript = `localStorage.getItem('mark');`;

const page = (script: string) => `<!doctype html><html><head>
		<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
		<link rel="manifest" href="./manifest.webmanifest" />
		<meta http-equiv="content-security-policy" content="script-src 'self' '${sha256(ownScript)}' '${sha256(script)}'; style-src 'self'">
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/assets/0.css" rel="stylesheet">
	</head><body><div class="app-root"><main><h1>Page not found</h1><p>There is no page at this address. See <a href="/quiz">the quizzes</a>.</p></main><script>${ownScript}</script><script>${start}</script></div></body></html>`;

describe('fromRoot', () => {
	const html = fromRoot(page(start));

	it('names every file from the root, so the page works sent for /a/b/c', () => {
		expect(html).not.toMatch(/"\.\/|'\.\//);
		expect(html).toContain('<link rel="icon" href="/favicon.svg"');
		expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
		expect(html).toContain('<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">');
		expect(html).toContain('<link href="/_app/immutable/assets/0.css" rel="stylesheet">');
		expect(html).toContain('import("/_app/immutable/entry/start.A.js")');
		expect(html).toContain('import("/_app/immutable/entry/app.B.js")');
		expect(html).toContain("const script_url = '/service-worker.js';");
		expect(html).toContain('<a href="/quiz">');
	});

	it('gives SvelteKit the root for the app’s base, not the folder of the address', () => {
		expect(html).toContain('base: ""');
		expect(html).not.toContain('new URL(".", location)');
	});

	it('changes the start script’s hash in the policy, and only that one', () => {
		const rooted = html.match(/<script>(\s*\{[\s\S]*?)<\/script>/)?.[1] ?? '';
		expect(rooted).toContain('base: ""');
		expect(html).toContain(sha256(rooted));
		expect(html).not.toContain(sha256(start));
		expect(html).toContain(sha256(ownScript));
	});

	it('refuses a page it cannot rewrite whole', () => {
		expect(() => fromRoot(page(start).replace(sha256(start), 'sha256-other'))).toThrow(
			/does not hold the start script’s hash/
		);
		expect(() => fromRoot('<html><body><p>no script</p></body></html>')).toThrow(/found 0/);
	});
});
