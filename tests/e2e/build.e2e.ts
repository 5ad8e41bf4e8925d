import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the static build has a prerendered page for every route, each with a strict CSP', () => {
	for (const file of [
		'index.html',
		'quiz.html',
		'review.html',
		'progress.html',
		'transcript.html',
		'data.html',
		'404.html'
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
