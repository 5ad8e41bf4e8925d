import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { looksLikeBareData, migrate, migrations } from './migrations';
import { AppData, currentVersion } from '../model/schema';
import { readEnvelope } from './store';

const fixtures = join(import.meta.dirname, 'fixtures', 'migrations');
const cases = readdirSync(fixtures).sort();

describe('migration fixtures', () => {
	test.each(cases)('%s reads as its expected.json says', (name) => {
		const input = readFileSync(join(fixtures, name, 'input.json'), 'utf8');
		const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
		const result = readEnvelope(input);
		if (expected.status === 'corrupt') {
			expect(result).toEqual({ ...expected, raw: input });
		} else {
			expect(result).toEqual(expected);
			// what a migration produces is valid data of the current version
			expect(AppData.safeParse(expected.data).success).toBe(true);
		}
	});

	it('has a fixture of every old format a migration starts from, and of the current one', () => {
		for (let version = 0; version <= currentVersion; version++) {
			expect(
				cases.some((name) => name.startsWith(`v${version}-`)),
				`a v${version}-* fixture`
			).toBe(true);
		}
		for (const from of Object.keys(migrations)) {
			expect(Number(from)).toBeLessThan(currentVersion);
		}
	});
});

describe('migrate', () => {
	it('runs every step from an old version to the current one', () => {
		expect(migrate(0, { attempts: [] })).toMatchObject({ attempts: [], undoStack: [], cards: [] });
	});

	it('leaves data of the current version as it is', () => {
		const data = { anything: 1 };
		expect(migrate(currentVersion, data)).toBe(data);
	});

	it('throws when a step is missing', () => {
		expect(() => migrate(-1, {})).toThrow('no migration from version -1');
	});

	it('refuses to treat something that is not an object as format 0', () => {
		expect(() => migrations[0]!([])).toThrow('format 0 data is not an object');
	});
});

describe('looksLikeBareData', () => {
	it('recognises the bare data of format 0 and nothing else', () => {
		expect(looksLikeBareData({ attempts: [] })).toBe(true);
		expect(looksLikeBareData({ settings: {} })).toBe(true);
		expect(looksLikeBareData({ version: 1, attempts: [] })).toBe(false);
		expect(looksLikeBareData({ hello: 'world' })).toBe(false);
		expect(looksLikeBareData([{ attempts: [] }])).toBe(false);
		expect(looksLikeBareData(null)).toBe(false);
	});
});
