import { describe, expect, it } from 'vitest';
import { gradeTypedAnswer } from './typed';

const right = (input: string, accepted: string[]) =>
	expect(
		gradeTypedAnswer(input, accepted).correct,
		`"${input}" should match ${accepted.join(' | ')}`
	).toBe(true);
const wrong = (input: string, accepted: string[]) =>
	expect(
		gradeTypedAnswer(input, accepted).correct,
		`"${input}" should not match ${accepted.join(' | ')}`
	).toBe(false);

describe('gradeTypedAnswer', () => {
	it('accepts an exact answer and names it', () => {
		expect(gradeTypedAnswer('lookup table', ['lookup table', 'table'])).toEqual({
			correct: true,
			matched: 'lookup table'
		});
	});

	it('names the accepted answer that matched', () => {
		expect(gradeTypedAnswer('Texas', ['Austin', 'texas'])).toEqual({
			correct: true,
			matched: 'texas'
		});
	});

	it('rejects an unrelated answer', () => {
		expect(gradeTypedAnswer('subtraction', ['addition'])).toEqual({ correct: false });
	});

	it('rejects an empty or punctuation-only answer', () => {
		wrong('', ['addition']);
		wrong('   ', ['addition']);
		wrong('?!', ['addition']);
	});

	describe('case', () => {
		it('ignores case', () => right('LOOKUP Table', ['lookup table']));
		it('still needs the letters', () => wrong('LOOKUP', ['lookup table']));
	});

	describe('spaces', () => {
		it('ignores surrounding and repeated spaces', () =>
			right('  lookup \t  table  ', ['lookup table']));
		it('accepts a compound written as one word or two', () => {
			right('crosslayer transcoder', ['cross-layer transcoder']);
			right('look up table', ['lookup table']);
		});
		it('does not accept a missing word', () => wrong('lookup', ['lookup table']));
	});

	describe('punctuation', () => {
		it('ignores punctuation', () => {
			right('lookup-table!', ['lookup table']);
			right('"Dallas -> Texas -> Austin."', ['Dallas, Texas, Austin']);
			right("the model's plan", ['models plan']);
		});
		it('does not ignore a different word around the punctuation', () =>
			wrong('Dallas -> Texas', ['Dallas, Texas, Austin']));
	});

	describe('accents', () => {
		it('ignores accents either way', () => {
			right('naive', ['naïve']);
			right('Café', ['cafe']);
			right('francais', ['Français']);
		});
		it('does not ignore a different letter', () => wrong('cafo', ['café']));
	});

	describe('articles', () => {
		it('ignores a leading a, an or the', () => {
			right('the lookup table', ['lookup table']);
			right('lookup table', ['The lookup table']);
			right('an error node', ['error node']);
			right('a supernode', ['the supernode']);
		});
		it('does not ignore an article in the middle', () =>
			wrong('lookup the table', ['lookup table']));
		it('does not accept the article alone', () => wrong('the', ['the lookup table']));
	});

	describe('numbers', () => {
		it('accepts number words for digits and digits for number words', () => {
			right('ninety-five', ['95']);
			right('Ninety five', ['95']);
			right('95', ['ninety-five']);
			right('two', ['2']);
			right('2', ['two']);
			right('zero', ['0']);
			right('twenty', ['20']);
			right('seventeen', ['17']);
			right('one hundred', ['100']);
			right('a hundred', ['100']);
			right('thirty-six plus fifty-nine', ['36 + 59']);
			right('two paths', ['2 paths']);
			right('95%', ['ninety-five percent']);
		});
		it('rejects a different number', () => {
			wrong('96', ['95']);
			wrong('ninety-six', ['95']);
			wrong('ninety', ['95']);
			wrong('three', ['2']);
			wrong('2', ['20']);
			wrong('9 5', ['95']);
			wrong('three paths', ['2 paths']);
		});
		it('forgives no typo in a number', () => {
			wrong('1995', ['1996']);
			wrong('ninty-five', ['95']);
			wrong('95', ['905']);
		});
	});

	describe('one typo in a long word', () => {
		it.each([
			['insertion', 'transcoderr'],
			['deletion', 'transcoer'],
			['substitution', 'transcodor'],
			['transposition', 'transocder']
		])('forgives a %s', (_, input) => {
			expect(gradeTypedAnswer(input, ['transcoder'])).toEqual({
				correct: true,
				matched: 'transcoder',
				typo: true
			});
		});

		it('forgives a typo in a five-letter word', () => {
			right('habti', ['habit']);
			right('rabit', ['rabbit']);
		});

		it('forgives a typo in one word of a longer answer', () =>
			right('lookup tabel', ['lookup table']));

		it('does not forgive two typos in one word', () => wrong('trnascodr', ['transcoder']));

		it('does not forgive typos in two words', () => wrong('lokup tabel', ['lookup table']));

		it('does not forgive a typo in a short word', () => {
			wrong('plam', ['plan']);
			wrong('tabe', ['tab']);
			wrong('plann', ['plan']);
			wrong('lokup table', ['look table']);
		});

		it('does not accept a different word', () => {
			wrong('rabbit', ['habit']);
			wrong('subtraction', ['addition']);
			wrong('planning', ['plans']);
		});

		it('prefers an exact match to a typo match', () => {
			expect(gradeTypedAnswer('habit', ['habits', 'habit'])).toEqual({
				correct: true,
				matched: 'habit'
			});
		});
	});
});
