import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firstLoadChunks } from '../../scripts/preload-deps.js';
import { questions, sections, topics } from '../../src/lib/content';
import { repairSetId, retrySetId, setCatalogue } from '../../src/lib/quiz/catalogue';
import { importsOfChunk } from './build-chunks';

/** each route's page, the 404 page and the fallback */
const routePages = [
	'index',
	'quiz',
	'review',
	'progress',
	'transcript',
	'data',
	'settings',
	'cards',
	'404',
	'fallback'
];
/** every quiz set's page and its results page, the retry and the repair quiz's included */
const setIds = [
	...setCatalogue({ questions, topics, sections }).map((set) => set.id),
	retrySetId,
	repairSetId
];

test('the static build has a prerendered page for every route and every quiz set, each with a strict CSP that lets in its own inline scripts', () => {
	const built = readdirSync('build', { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
	expect(built).toEqual(
		[
			...routePages.map((page) => `${page}.html`),
			...setIds.flatMap((id) => [`quiz/${id}.html`, `quiz/${id}/results.html`])
		].sort()
	);
	for (const file of built) {
		const html = readFileSync(`build/${file}`, 'utf8');
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
		expect(csp, file).toContain("default-src 'self'");
		expect(csp, file).toContain("object-src 'none'");
		expect(csp, file).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp, file).not.toContain('unsafe-inline');
		expect(csp, file).not.toContain('unsafe-eval');
		// each inline script (app.html's, SvelteKit's start, and a quiz set page's first question)
		// runs by its hash
		const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(scripts.length, file).toBeGreaterThan(0);
		for (const [, script = ''] of scripts) {
			const hash = createHash('sha256').update(script).digest('base64');
			expect(csp, `${file}: an inline script's hash`).toContain(`'sha256-${hash}'`);
		}
	}
});

// vite.config.ts groups the store's modules and the due count's into a chunk each, and a group
// takes along the modules its own import. What can still split them is another group that takes
// one of their modules first (the groups are tried in order): every page would then load one more
// chunk after it is interactive, with one more preload
test('the store and the due count each come in one chunk, which imports only what every page has', () => {
	expect(importsOfChunk('store').filter((name) => !firstLoadChunks.includes(name))).toEqual([]);
	expect(
		importsOfChunk('due').filter((name) => ![...firstLoadChunks, 'store'].includes(name))
	).toEqual([]);
});
