// Issue 17: "Download the unreadable data" is byte-exact: a lone surrogate survives.
import { describe, expect, it } from 'vitest';
import { readUnreadableFile, unreadableFile } from './unreadable';

const keptAt = '2026-03-27T10:00:00.000Z';

describe('unreadableFile', () => {
	it('keeps every code unit, lone surrogates included, in a file UTF-8 can write', () => {
		for (const raw of [
			'{"version":2,"data":{"attempts":[\ud800',
			'\udfff at the start, \ud83d\ude00 a pair, \ud83d alone at the end\ud83d',
			'',
			'"quotes", \\backslashes\\, \u0000 and \u2028 line separators',
			'x'.repeat(100_000) + '\udc00'
		]) {
			const file = unreadableFile(raw, keptAt);
			// nothing UTF-8 would have to replace: the encoder writes it as it is
			expect(file.isWellFormed()).toBe(true);
			expect(new TextDecoder().decode(new TextEncoder().encode(file))).toBe(file);
			expect(readUnreadableFile(file)).toBe(raw);
		}
	});

	it('says what it is, and that the text is the stored one', () => {
		expect(JSON.parse(unreadableFile('abc\ud800', keptAt))).toEqual({
			app: 'biology-of-an-llm-study',
			kind: 'unreadable-progress',
			note: expect.stringContaining('exactly as it was stored'),
			keptAt,
			chars: 4,
			text: 'abc\ud800'
		});
		expect(unreadableFile('a\ud800b', keptAt)).toContain('"text":"a\\ud800b"');
	});

	it('reads back nothing from a file that is not one', () => {
		expect(readUnreadableFile('not json')).toBeUndefined();
		expect(readUnreadableFile('{"kind":"backup","text":"x"}')).toBeUndefined();
		expect(readUnreadableFile('null')).toBeUndefined();
	});
});
