import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appVersion } from './app-version.js';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** a project's sources: each input the version reads */
function project(files: Record<string, string>) {
	root = mkdtempSync(join(tmpdir(), 'app-version-'));
	const all = {
		'src/app.html': '<html></html>',
		'static/robots.txt': 'User-agent: *',
		'seeds/claims.json': '[]',
		'package-lock.json': '{}',
		'svelte.config.js': 'export default {}',
		'vite.config.ts': 'export default {}',
		'scripts/preload-deps.js': '',
		...files
	};
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('appVersion', () => {
	it('is the same for the same sources, and another for any change to what the build reads', () => {
		const first = appVersion(project({ 'src/lib/a.ts': 'export const a = 1;' }));
		expect(first).toMatch(/^[0-9a-f]{12}$/);
		expect(appVersion(root)).toBe(first);
		writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 2;');
		expect(appVersion(root)).not.toBe(first);
		writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;');
		writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
		expect(appVersion(root)).not.toBe(first);
	});

	it('leaves tests out: a test changed is not a new version of the app', () => {
		const first = appVersion(project({ 'src/lib/a.spec.ts': 'test 1' }));
		writeFileSync(join(root, 'src/lib/a.spec.ts'), 'test 2');
		expect(appVersion(root)).toBe(first);
	});

	it('counts a file moved as a change, though its bytes are the same', () => {
		const first = appVersion(project({ 'src/lib/a.ts': 'x' }));
		rmSync(join(root, 'src/lib/a.ts'));
		writeFileSync(join(root, 'src/lib/b.ts'), 'x');
		expect(appVersion(root)).not.toBe(first);
	});
});
