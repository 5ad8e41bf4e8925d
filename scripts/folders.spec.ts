// The folder roles CONTRIBUTING.md describes, checked over the tree: what lint cannot see because
// it is about which files exist, not what they import.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
const lib = (folder: string) =>
	filesUnder(join('src', 'lib', folder)).map((f) => relative(join('src', 'lib'), f));

describe('the folders of src/lib hold what their names say', () => {
	it('components/ holds only Svelte components, their shared styles and their tests', () => {
		expect(lib('components').filter((f) => !/\.(svelte|css)$|\.svelte\.spec\.ts$/.test(f))).toEqual(
			[]
		);
	});

	it('state/ holds runes classes (*.svelte.ts), their tests, and the context plumbing', () => {
		const plumbing = ['state/context.ts'];
		expect(
			lib('state').filter(
				(f) => !/\.svelte(\.spec)?\.ts$|\.spec\.ts$/.test(f) && !plumbing.includes(f)
			)
		).toEqual([]);
	});

	it('no domain folder holds a Svelte file or a runes module', () => {
		const domain = [
			'calendar',
			'format',
			'content',
			'model',
			'transcript',
			'quiz',
			'srs',
			'storage',
			'progress'
		];
		expect(domain.flatMap(lib).filter((f) => /\.svelte(\.ts)?$/.test(f))).toEqual([]);
	});
});
