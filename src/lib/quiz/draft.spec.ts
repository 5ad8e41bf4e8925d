import { describe, expect, it } from 'vitest';
import {
	clozeParts,
	initialDraft,
	moveItem,
	pickByNumber,
	readiness,
	setMatch,
	toggleChoice
} from './draft';
import { cloze, factCheck, matching, multi, ordering, single, trueFalse, typed } from './fixtures';

describe('initialDraft', () => {
	it('starts choice questions with nothing chosen', () => {
		expect(initialDraft(single, ['b', 'a', 'c'])).toBeUndefined();
		expect(initialDraft(trueFalse, ['true', 'false'])).toBeUndefined();
		expect(initialDraft(factCheck, undefined)).toBeUndefined();
		expect(initialDraft(multi, ['a', 'b', 'c', 'd'])).toEqual({ type: 'multi', choices: [] });
	});

	it('starts typed questions and gaps empty', () => {
		expect(initialDraft(typed, undefined)).toEqual({ type: 'typed', text: '' });
		expect(initialDraft(cloze, undefined)).toEqual({ type: 'cloze', texts: ['', ''] });
	});

	it('starts an ordering in the order shown, and a matching unmatched', () => {
		expect(initialDraft(ordering, ['c', 'a', 'b'])).toEqual({
			type: 'ordering',
			order: ['c', 'a', 'b']
		});
		expect(initialDraft(matching, ['b', 'c', 'a'])).toEqual({ type: 'matching', matches: [] });
	});
});

describe('readiness', () => {
	it('asks for a choice before checking', () => {
		expect(readiness(single, undefined)).toEqual({ ready: false, hint: 'Choose an answer first.' });
		expect(readiness(single, { type: 'single', choice: 'a' })).toEqual({ ready: true });
		expect(readiness(multi, { type: 'multi', choices: [] }).ready).toBe(false);
		expect(readiness(multi, { type: 'multi', choices: ['c'] }).ready).toBe(true);
	});

	it('refuses an empty typed answer and an empty gap', () => {
		expect(readiness(typed, { type: 'typed', text: '  ' })).toEqual({
			ready: false,
			hint: 'Type an answer first.'
		});
		expect(readiness(typed, undefined).ready).toBe(false);
		expect(readiness(cloze, { type: 'cloze', texts: ['95', ' '] }).ready).toBe(false);
		expect(readiness(cloze, { type: 'cloze', texts: ['95', 'table'] }).ready).toBe(true);
	});

	it('does not take an ordering as shown for an answer, which it never is', () => {
		const shown = ['c', 'a', 'b'];
		expect(readiness(ordering, { type: 'ordering', order: ['c', 'a', 'b'] }, shown)).toEqual({
			ready: false,
			hint: 'Move the items into order first: they start shuffled.'
		});
		expect(readiness(ordering, { type: 'ordering', order: ['a', 'c', 'b'] }, shown)).toEqual({
			ready: true
		});
		// moved and moved back is as shown
		expect(readiness(ordering, { type: 'ordering', order: [...shown] }, shown).ready).toBe(false);
		// a stored layout that is the right order already (a backup, items reordered in an update)
		// would leave the learner no right answer: as shown, it is one
		const right = ordering.items.map((item) => item.id);
		expect(readiness(ordering, { type: 'ordering', order: right }, right)).toEqual({ ready: true });
	});

	it('wants every prompt of a matching matched', () => {
		const two = [
			{ left: 'a', right: 'a' },
			{ left: 'b', right: 'c' }
		];
		expect(readiness(matching, { type: 'matching', matches: two }).ready).toBe(false);
		expect(
			readiness(matching, { type: 'matching', matches: [...two, { left: 'c', right: 'b' }] }).ready
		).toBe(true);
	});

	it('takes an ordering as it stands', () => {
		expect(readiness(ordering, { type: 'ordering', order: ['b', 'a', 'c'] })).toEqual({
			ready: true
		});
	});

	it('refuses a draft of another type', () => {
		expect(readiness(single, { type: 'true-false', value: true }).ready).toBe(false);
	});
});

describe('pickByNumber', () => {
	it('picks the nth option shown of a single choice', () => {
		expect(pickByNumber(single, ['c', 'a', 'b'], undefined, 2)).toEqual({
			type: 'single',
			choice: 'a'
		});
	});

	it('toggles the nth option of a multi-select', () => {
		const once = pickByNumber(multi, ['d', 'a', 'b', 'c'], { type: 'multi', choices: [] }, 1);
		expect(once).toEqual({ type: 'multi', choices: ['d'] });
		expect(pickByNumber(multi, ['d', 'a', 'b', 'c'], once, 1)).toEqual({
			type: 'multi',
			choices: []
		});
	});

	it('answers true-false and fact-check in their fixed order', () => {
		expect(pickByNumber(trueFalse, ['true', 'false'], undefined, 1)).toEqual({
			type: 'true-false',
			value: true
		});
		expect(pickByNumber(trueFalse, ['true', 'false'], undefined, 2)).toEqual({
			type: 'true-false',
			value: false
		});
		const verdicts = ['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION'];
		expect(pickByNumber(factCheck, verdicts, undefined, 3)).toEqual({
			type: 'fact-check',
			verdict: 'NOT-IN-PAPER'
		});
	});

	it('ignores a number with no option, and types without numbered options', () => {
		expect(pickByNumber(single, ['c', 'a', 'b'], undefined, 4)).toBeUndefined();
		expect(pickByNumber(single, ['c', 'a', 'b'], undefined, 0)).toBeUndefined();
		expect(pickByNumber(ordering, ['c', 'a', 'b'], undefined, 1)).toBeUndefined();
		expect(pickByNumber(typed, undefined, undefined, 1)).toBeUndefined();
	});
});

describe('toggleChoice', () => {
	it('adds a choice that was not chosen and removes one that was', () => {
		expect(toggleChoice(['a'], 'b')).toEqual({ type: 'multi', choices: ['a', 'b'] });
		expect(toggleChoice(['a', 'b'], 'a')).toEqual({ type: 'multi', choices: ['b'] });
	});
});

describe('moveItem', () => {
	it('swaps an item with its neighbour', () => {
		expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
	});

	it('leaves the order alone at either end', () => {
		expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 5, -1)).toEqual(['a', 'b', 'c']);
	});
});

describe('setMatch', () => {
	it('matches a prompt, keeping the prompts in question order', () => {
		expect(setMatch(matching, [{ left: 'b', right: 'c' }], 'a', 'b')).toEqual([
			{ left: 'a', right: 'b' },
			{ left: 'b', right: 'c' }
		]);
	});

	it('replaces a prompt’s earlier match, and clears it with an empty choice', () => {
		expect(setMatch(matching, [{ left: 'a', right: 'b' }], 'a', 'c')).toEqual([
			{ left: 'a', right: 'c' }
		]);
		expect(setMatch(matching, [{ left: 'a', right: 'b' }], 'a', '')).toEqual([]);
	});
});

describe('clozeParts', () => {
	it('splits the text around its gaps', () => {
		expect(clozeParts('36 plus 59 is {{1}}, found by a {{2}}.')).toEqual([
			{ kind: 'text', text: '36 plus 59 is ' },
			{ kind: 'gap', index: 0 },
			{ kind: 'text', text: ', found by a ' },
			{ kind: 'gap', index: 1 },
			{ kind: 'text', text: '.' }
		]);
	});

	it('handles a gap at either end', () => {
		expect(clozeParts('{{1}} and {{2}}')).toEqual([
			{ kind: 'gap', index: 0 },
			{ kind: 'text', text: ' and ' },
			{ kind: 'gap', index: 1 }
		]);
	});
});
