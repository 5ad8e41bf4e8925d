import { describe, expect, it } from 'vitest';
import { seededRandom } from './fixtures';
import { answerDiff, type DiffSegment } from './diff';

const view = (segments: DiffSegment[], side: 'typed' | 'expected') =>
	segments
		.filter((s) => s.kind === 'same' || s.kind === (side === 'typed' ? 'extra' : 'missing'))
		.map((s) => s.text)
		.join('');

describe('answerDiff', () => {
	it('marks an identical answer as the same', () => {
		expect(answerDiff('lookup table', 'lookup table')).toEqual([
			{ kind: 'same', text: 'lookup table' }
		]);
	});

	it('shows the accepted spelling where only case, accents or punctuation differ', () => {
		expect(answerDiff('the LOOKUP  table!', 'the lookup table')).toEqual([
			{ kind: 'same', text: 'the lookup table' }
		]);
		expect(answerDiff('cafe', 'Café')).toEqual([{ kind: 'same', text: 'Café' }]);
	});

	it('matches a number word with its digits', () => {
		expect(answerDiff('two paths', '2 paths')).toEqual([{ kind: 'same', text: '2 paths' }]);
	});

	it('shows a replaced word as extra then missing, with shared spaces unmarked', () => {
		expect(answerDiff('the cat sat', 'the dog sat')).toEqual([
			{ kind: 'same', text: 'the ' },
			{ kind: 'extra', text: 'cat' },
			{ kind: 'missing', text: 'dog' },
			{ kind: 'same', text: ' sat' }
		]);
	});

	it('shows a missing word', () => {
		expect(answerDiff('lookup', 'lookup table')).toEqual([
			{ kind: 'same', text: 'lookup' },
			{ kind: 'missing', text: ' table' }
		]);
	});

	it('shows an extra word', () => {
		expect(answerDiff('big lookup table', 'lookup table')).toEqual([
			{ kind: 'extra', text: 'big ' },
			{ kind: 'same', text: 'lookup table' }
		]);
	});

	it('shows everything as missing when nothing was typed', () => {
		expect(answerDiff('  ', 'lookup table')).toEqual([{ kind: 'missing', text: 'lookup table' }]);
	});

	it('shows everything as extra when nothing is expected', () => {
		expect(answerDiff('lookup table', '')).toEqual([{ kind: 'extra', text: 'lookup table' }]);
	});

	it('compares a mistyped word letter by letter', () => {
		expect(answerDiff('transcodr', 'transcoder')).toEqual([
			{ kind: 'same', text: 'transcod' },
			{ kind: 'missing', text: 'e' },
			{ kind: 'same', text: 'r' }
		]);
		expect(answerDiff('the transocder', 'the transcoder')).toEqual([
			{ kind: 'same', text: 'the trans' },
			{ kind: 'extra', text: 'o' },
			{ kind: 'same', text: 'c' },
			{ kind: 'missing', text: 'o' },
			{ kind: 'same', text: 'der' }
		]);
	});

	it('keeps unrelated words whole', () => {
		expect(answerDiff('subtraction', 'addition')).toEqual([
			{ kind: 'extra', text: 'subtraction' },
			{ kind: 'missing', text: 'addition' }
		]);
	});

	it('keeps a space owed only to the typed answer in the typed answer', () => {
		const segments = answerDiff('x the', 'the');
		expect(segments).toEqual([
			{ kind: 'extra', text: 'x ' },
			{ kind: 'same', text: 'the' }
		]);
	});

	it.each([
		['the cat sat on the mat', 'a dog sat on a mat'],
		['dallas texas austin', 'dallas then texas then austin'],
		['one two three', 'three two one'],
		['rabit habit', 'rabbit and habit'],
		['forward planning', 'backward planning of the rhyme'],
		['x y z', 'a b c'],
		['a', 'a a a'],
		['lookup table lookup', 'table'],
		['transcodr model', 'cross layer transcoder'],
		['', ''],
		['only typed', ''],
		['', 'only expected']
	])('rebuilds both answers from "%s" against "%s"', (typed, expected) => {
		const segments = answerDiff(typed, expected);
		expect(view(segments, 'typed')).toBe(typed);
		expect(view(segments, 'expected')).toBe(expected);
		expect(segments.every((s) => s.text.length > 0)).toBe(true);
		// merged: no two neighbours of the same kind
		expect(segments.every((s, i) => i === 0 || segments[i - 1]?.kind !== s.kind)).toBe(true);
	});

	it('rebuilds both answers for many random pairs', () => {
		const random = seededRandom(7);
		const vocabulary = ['the', 'rabbit', 'rabit', 'habit', 'plan', 'plans', 'two', 'a', 'ab', 'ba'];
		const phrase = () =>
			Array.from(
				{ length: Math.floor(random() * 6) },
				() => vocabulary[Math.floor(random() * vocabulary.length)]
			).join(' ');
		for (let n = 0; n < 300; n++) {
			const typed = phrase();
			const expected = phrase();
			const segments = answerDiff(typed, expected);
			expect(view(segments, 'typed')).toBe(typed);
			expect(view(segments, 'expected')).toBe(expected);
		}
	});
});
