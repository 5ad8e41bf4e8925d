import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { firstLoadChunks } from '../../scripts/preload-deps.js';
import { importsOfChunk } from './build-chunks';

test('the static build has a prerendered page for every route, each with a strict CSP', () => {
	for (const file of [
		'index.html',
		'quiz.html',
		'review.html',
		'progress.html',
		'transcript.html',
		'data.html',
		'404.html',
		'fallback.html'
	]) {
		expect(existsSync(`build/${file}`), file).toBe(true);
		const html = readFileSync(`build/${file}`, 'utf8');
		const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
		expect(csp, file).toContain("default-src 'self'");
		expect(csp, file).toContain("object-src 'none'");
		expect(csp, file).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp, file).not.toContain('unsafe-inline');
		expect(csp, file).not.toContain('unsafe-eval');
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
