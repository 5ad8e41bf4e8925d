import { describe, expect, it } from 'vitest';
import { cloze, factCheck, matching, multi, ordering, single, trueFalse, typed } from './fixtures';
import { gradeResponse, partlyRight } from './grade';

describe('gradeResponse', () => {
	it('refuses a response of another type', () => {
		expect(() => gradeResponse(single, { type: 'true-false', value: true }, {})).toThrow(
			/true-false response cannot answer single question addition-paths/
		);
	});

	it('counts "I don\'t know" as a miss, whatever the question, a fact-check without its verdict too', () => {
		for (const question of [single, multi, typed, cloze, ordering, matching, factCheck]) {
			expect(gradeResponse(question, { type: 'skip' }, {})).toEqual({
				type: 'skip',
				correct: false
			});
		}
	});

	describe('single choice', () => {
		it('is right for the answer', () => {
			expect(gradeResponse(single, { type: 'single', choice: 'a' }, {})).toEqual({
				type: 'single',
				correct: true,
				chosen: 'a',
				answer: 'a'
			});
		});

		it('is wrong for another option, and names the claim it repeats', () => {
			expect(gradeResponse(single, { type: 'single', choice: 'b' }, {})).toEqual({
				type: 'single',
				correct: false,
				chosen: 'b',
				answer: 'a',
				misconception: 'C07'
			});
		});

		it('names no claim for a wrong option without one', () => {
			const grade = gradeResponse(single, { type: 'single', choice: 'c' }, {});
			expect(grade.correct).toBe(false);
			expect(grade).not.toHaveProperty('misconception');
		});

		it('is wrong for an option the question lacks', () => {
			expect(gradeResponse(single, { type: 'single', choice: 'z' }, {}).correct).toBe(false);
		});
	});

	describe('multi-select', () => {
		it('is right for exactly the right set, in any order', () => {
			expect(gradeResponse(multi, { type: 'multi', choices: ['b', 'a'] }, {})).toEqual({
				type: 'multi',
				correct: true,
				chosen: ['a', 'b'],
				answers: ['a', 'b'],
				wrongChoices: [],
				missedChoices: []
			});
		});

		it('is wrong with a right option missing', () => {
			const grade = gradeResponse(multi, { type: 'multi', choices: ['a'] }, {});
			expect(grade).toMatchObject({ correct: false, wrongChoices: [], missedChoices: ['b'] });
			expect(grade).not.toHaveProperty('misconception');
		});

		it('is wrong with an extra option, and names the first claim a wrong choice repeats', () => {
			expect(
				gradeResponse(multi, { type: 'multi', choices: ['d', 'a', 'b', 'c'] }, {})
			).toMatchObject({
				correct: false,
				wrongChoices: ['c', 'd'],
				missedChoices: [],
				misconception: 'C08'
			});
		});

		it('lists wrong and missed choices together', () => {
			expect(gradeResponse(multi, { type: 'multi', choices: ['d'] }, {})).toMatchObject({
				correct: false,
				chosen: ['d'],
				wrongChoices: ['d'],
				missedChoices: ['a', 'b'],
				misconception: 'C09'
			});
		});

		it('is wrong for nothing chosen', () => {
			expect(gradeResponse(multi, { type: 'multi', choices: [] }, {})).toMatchObject({
				correct: false,
				missedChoices: ['a', 'b']
			});
		});

		it('counts a repeated choice once and an unknown one as wrong', () => {
			expect(gradeResponse(multi, { type: 'multi', choices: ['a', 'a', 'b'] }, {}).correct).toBe(
				true
			);
			expect(gradeResponse(multi, { type: 'multi', choices: ['a', 'b', 'z'] }, {})).toMatchObject({
				correct: false,
				chosen: ['a', 'b', 'z'],
				wrongChoices: ['z']
			});
		});
	});

	describe('true-false', () => {
		it('is right for the answer', () => {
			expect(gradeResponse(trueFalse, { type: 'true-false', value: false }, {})).toEqual({
				type: 'true-false',
				correct: true,
				chosen: false,
				answer: false
			});
		});

		it('is wrong for the other, and names the claim the statement repeats', () => {
			expect(gradeResponse(trueFalse, { type: 'true-false', value: true }, {})).toEqual({
				type: 'true-false',
				correct: false,
				chosen: true,
				answer: false,
				misconception: 'C10'
			});
		});

		it('names no claim when the statement has none', () => {
			const plain = { ...trueFalse, misconception: undefined, answer: true };
			expect(gradeResponse(plain, { type: 'true-false', value: false }, {})).not.toHaveProperty(
				'misconception'
			);
		});
	});

	describe('typed', () => {
		it('is right for a tolerant match, without a diff', () => {
			expect(gradeResponse(typed, { type: 'typed', text: 'The Lookup-Table.' }, {})).toEqual({
				type: 'typed',
				correct: true,
				text: 'The Lookup-Table.',
				expected: 'lookup table',
				matched: 'lookup table'
			});
		});

		it('says when a typo was forgiven', () => {
			expect(gradeResponse(typed, { type: 'typed', text: 'lookup tabel' }, {})).toMatchObject({
				correct: true,
				typo: true,
				matched: 'lookup table'
			});
		});

		it('accepts any accepted answer', () => {
			expect(
				gradeResponse(typed, { type: 'typed', text: 'table of last digits' }, {})
			).toMatchObject({
				correct: true,
				matched: 'a table of last digits'
			});
		});

		it('is wrong otherwise, with a diff against the first accepted answer', () => {
			expect(gradeResponse(typed, { type: 'typed', text: 'lookup chart' }, {})).toEqual({
				type: 'typed',
				correct: false,
				text: 'lookup chart',
				expected: 'lookup table',
				diff: [
					{ kind: 'same', text: 'lookup ' },
					{ kind: 'extra', text: 'chart' },
					{ kind: 'missing', text: 'table' }
				]
			});
		});
	});

	describe('cloze', () => {
		it('is right when every gap is', () => {
			expect(
				gradeResponse(cloze, { type: 'cloze', texts: ['ninety five', 'Lookup tabel'] }, {})
			).toEqual({
				type: 'cloze',
				correct: true,
				gaps: [
					{ correct: true, text: 'ninety five', expected: '95', matched: '95' },
					{
						correct: true,
						text: 'Lookup tabel',
						expected: 'lookup table',
						matched: 'lookup table',
						typo: true
					}
				]
			});
		});

		it('is wrong when one gap is, and says which', () => {
			const grade = gradeResponse(cloze, { type: 'cloze', texts: ['96', 'lookup table'] }, {});
			expect(grade.correct).toBe(false);
			expect(grade).toMatchObject({ gaps: [{ correct: false, text: '96' }, { correct: true }] });
		});

		it('treats a missing gap as empty and wrong', () => {
			expect(gradeResponse(cloze, { type: 'cloze', texts: ['95'] }, {})).toMatchObject({
				correct: false,
				gaps: [{ correct: true }, { correct: false, text: '', expected: 'lookup table' }]
			});
		});
	});

	describe('ordering', () => {
		it('is right for the exact order', () => {
			expect(gradeResponse(ordering, { type: 'ordering', order: ['a', 'b', 'c'] }, {})).toEqual({
				type: 'ordering',
				correct: true,
				positions: [
					{ correct: true, inOrder: true, expected: 'a', placed: 'a' },
					{ correct: true, inOrder: true, expected: 'b', placed: 'b' },
					{ correct: true, inOrder: true, expected: 'c', placed: 'c' }
				]
			});
		});

		it('is wrong for another order, position by position', () => {
			expect(gradeResponse(ordering, { type: 'ordering', order: ['a', 'c', 'b'] }, {})).toEqual({
				type: 'ordering',
				correct: false,
				positions: [
					{ correct: true, inOrder: true, expected: 'a', placed: 'a' },
					// c and b are swapped: one of them is in order with a, the other is to move
					{ correct: false, inOrder: true, expected: 'b', placed: 'c' },
					{ correct: false, inOrder: false, expected: 'c', placed: 'b' }
				]
			});
		});

		it('is wrong for a short or long order', () => {
			expect(gradeResponse(ordering, { type: 'ordering', order: ['a', 'b'] }, {})).toMatchObject({
				correct: false,
				positions: [{ correct: true }, { correct: true }, { correct: false, expected: 'c' }]
			});
			expect(
				gradeResponse(ordering, { type: 'ordering', order: ['a', 'b', 'c', 'a'] }, {}).correct
			).toBe(false);
		});
	});

	describe('matching', () => {
		const match = (rights: string[]) =>
			gradeResponse(
				matching,
				{
					type: 'matching',
					matches: rights.map((right, i) => ({ left: 'abc'[i] as string, right }))
				},
				{}
			);

		it('is right when every pair is', () => {
			expect(match(['a', 'b', 'c'])).toEqual({
				type: 'matching',
				correct: true,
				pairs: [
					{ correct: true, left: 'a', chosen: 'a' },
					{ correct: true, left: 'b', chosen: 'b' },
					{ correct: true, left: 'c', chosen: 'c' }
				]
			});
		});

		it('is wrong when a pair is, pair by pair', () => {
			expect(match(['b', 'a', 'c'])).toMatchObject({
				correct: false,
				pairs: [
					{ correct: false, chosen: 'b' },
					{ correct: false, chosen: 'a' },
					{ correct: true, chosen: 'c' }
				]
			});
		});

		it('is wrong with a pair left unmatched', () => {
			const grade = match(['a', 'b']);
			expect(grade).toMatchObject({
				correct: false,
				pairs: [{ correct: true }, { correct: true }, { correct: false, left: 'c' }]
			});
			expect((grade as { pairs: object[] }).pairs[2]).not.toHaveProperty('chosen');
		});

		it('is wrong with a left matched twice', () => {
			const grade = gradeResponse(
				matching,
				{
					type: 'matching',
					matches: [
						{ left: 'a', right: 'a' },
						{ left: 'b', right: 'b' },
						{ left: 'c', right: 'c' },
						{ left: 'c', right: 'a' }
					]
				},
				{}
			);
			expect(grade.correct).toBe(false);
		});
	});

	describe('fact-check', () => {
		it('is right for the claim verdict', () => {
			expect(
				gradeResponse(
					factCheck,
					{ type: 'fact-check', verdict: 'DISTORTED' },
					{ verdict: 'DISTORTED' }
				)
			).toEqual({
				type: 'fact-check',
				correct: true,
				chosen: 'DISTORTED',
				verdict: 'DISTORTED'
			});
		});

		it('is wrong for another verdict', () => {
			expect(
				gradeResponse(
					factCheck,
					{ type: 'fact-check', verdict: 'SUPPORTED' },
					{ verdict: 'NOT-IN-PAPER' }
				)
			).toMatchObject({ correct: false, chosen: 'SUPPORTED', verdict: 'NOT-IN-PAPER' });
		});

		it('refuses to grade without the verdict', () => {
			expect(() =>
				gradeResponse(factCheck, { type: 'fact-check', verdict: 'SUPPORTED' }, {})
			).toThrow(/needs the verdict of claim C07/);
		});
	});
});

describe('partlyRight', () => {
	it('says how much of a wrong answer of parts was right', () => {
		const pairs = (rights: string[]) =>
			gradeResponse(matching, {
				type: 'matching',
				matches: ['a', 'b', 'c'].map((left, i) => ({ left, right: rights[i]! }))
			});
		expect(partlyRight(pairs(['a', 'c', 'b']))).toBe('1 of 3 pairs right');
		const order = gradeResponse(ordering, { type: 'ordering', order: ['a', 'c', 'b'] });
		expect(partlyRight(order)).toBe('2 of 3 in the right order, 1 out of order');
		const gaps = gradeResponse(cloze, { type: 'cloze', texts: ['95', 'a guess'] });
		expect(partlyRight(gaps)).toBe('1 of 2 gaps right');
	});

	it('says how many items of an order are in order among themselves, when more are than are in place', () => {
		const order = (items: string[]) =>
			partlyRight(gradeResponse(ordering, { type: 'ordering', order: items }));
		// the last moved to the top: none in place, two still in order
		expect(order(['c', 'a', 'b'])).toBe('2 of 3 in the right order, 1 out of order');
		// reversed: one in place (the middle), no two in order
		expect(order(['c', 'b', 'a'])).toBe('1 of 3 in place');
		// an item short: the two placed are in place and in order
		expect(order(['a', 'b'])).toBe('2 of 3 in place');
		// an item in its place outside the run is counted as the marks show it, not out of order
		const five = { ...ordering, items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })) };
		expect(
			partlyRight(gradeResponse(five, { type: 'ordering', order: ['d', 'e', 'c', 'a', 'b'] }))
		).toBe('2 of 5 in the right order, 1 more in place, 2 out of order');
	});

	it('counts the right choices ticked of a multiple choice, and the wrong ones ticked with them', () => {
		const ticked = (choices: string[]) =>
			partlyRight(gradeResponse(multi, { type: 'multi', choices }));
		expect(ticked(['a'])).toBe('1 of 2 right choices');
		expect(ticked(['a', 'c'])).toBe('1 of 2 right choices, 1 wrong');
		expect(ticked(['a', 'b', 'c', 'd'])).toBe('2 of 2 right choices, 2 wrong');
		expect(ticked(['c'])).toBeUndefined();
		expect(ticked(['a', 'b'])).toBeUndefined();
	});

	it('says nothing of a right answer, of one with no part right, or of a question not of parts', () => {
		expect(partlyRight(gradeResponse(ordering, { type: 'ordering', order: ['a', 'b', 'c'] }))).toBe(
			undefined
		);
		const none = gradeResponse(matching, {
			type: 'matching',
			matches: [
				{ left: 'a', right: 'b' },
				{ left: 'b', right: 'c' },
				{ left: 'c', right: 'a' }
			]
		});
		expect(none.correct).toBe(false);
		expect(partlyRight(none)).toBeUndefined();
		expect(partlyRight(gradeResponse(single, { type: 'single', choice: 'b' }))).toBeUndefined();
	});
});
