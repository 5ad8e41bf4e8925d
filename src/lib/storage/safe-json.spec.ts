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
});
