import { describe, expect, it } from 'vitest';
import { safeJsonParse } from './safe-json';

describe('safeJsonParse', () => {
	it('parses ordinary JSON', () => {
		expect(safeJsonParse('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
	});

	it('drops __proto__, constructor and prototype keys, leaving Object.prototype alone', () => {
		const result = safeJsonParse(
			'{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"a":{"__proto__":{"x":1}}}'
		);
		expect(result).toEqual({ ok: true, value: { a: {} } });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('drops the keys at any depth and inside lists, so nothing reaches a prototype later', () => {
		const result = safeJsonParse(
			'{"list":[{"__proto__":{"polluted":1},"ok":1},{"constructor":{"prototype":{"polluted":2}}}]}'
		);
		expect(result).toEqual({ ok: true, value: { list: [{ ok: 1 }, {}] } });
		const merged = Object.assign({}, ...(result as { value: { list: object[] } }).value.list);
		expect(merged.polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
	});

	it('refuses text that is not JSON, too large, or nested too deeply', () => {
		expect(safeJsonParse('nope')).toEqual({ ok: false, reason: 'it is not valid JSON' });
		expect(safeJsonParse(' '.repeat(5 * 1024 * 1024 + 1))).toEqual({
			ok: false,
			reason: 'it is larger than 5 MB'
		});
		expect(safeJsonParse('['.repeat(100) + ']'.repeat(100))).toEqual({
			ok: false,
			reason: 'it is nested too deeply'
		});
	});

	it('refuses a million open brackets before the parser can overflow its stack', () => {
		expect(safeJsonParse('['.repeat(1_000_000))).toEqual({
			ok: false,
			reason: 'it is nested too deeply'
		});
	});

	it('does not count brackets inside strings as nesting', () => {
		const text = JSON.stringify({ note: '['.repeat(200) + '{'.repeat(200) });
		expect(safeJsonParse(text)).toMatchObject({ ok: true });
	});

	it('refuses a list of more than 500,000 items', () => {
		const text = `[${new Array(500_001).fill('0').join(',')}]`;
		expect(safeJsonParse(text)).toEqual({
			ok: false,
			reason: 'it holds a list of more than 500,000 items'
		});
		expect(safeJsonParse(`[${new Array(1000).fill('0').join(',')}]`)).toMatchObject({ ok: true });
	});
});
