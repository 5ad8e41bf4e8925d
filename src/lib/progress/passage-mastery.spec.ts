import { describe, expect, test } from 'vitest';
import type { Attempt } from '../model/schema';
import {
	countMastery,
	masteryByPassage,
	questionMastery,
	weakPassages,
	type PassageStanding
} from './passage-mastery';

let sequence = 0;
function attempt(
	questionId: string,
	correct: boolean,
	minute: number,
	extra: Partial<Attempt> = {}
): Attempt {
	sequence++;
	return {
		id: `a${sequence}`,
		questionId,
		setId: 'topic-rhyme-planning',
		sessionId: 's1',
		answeredAt: new Date(Date.UTC(2025, 3, 1, 10, minute)).toISOString(),
		response: { type: 'true-false', value: correct },
		correct,
		...extra
	};
}

describe('questionMastery', () => {
	test('a question never answered is untested', () => {
		expect(questionMastery([])).toBe('untested');
	});

	test('one right answer is shaky, two are mastered', () => {
		expect(questionMastery([attempt('q', true, 1)])).toBe('shaky');
		expect(questionMastery([attempt('q', true, 1), attempt('q', true, 2)])).toBe('mastered');
	});

	test('a wrong last answer is missed, however often it was right before', () => {
		const history = [attempt('q', true, 1), attempt('q', true, 2), attempt('q', false, 3)];
		expect(questionMastery(history)).toBe('missed');
	});

	test('right after wrong is shaky until it is right twice', () => {
		expect(questionMastery([attempt('q', false, 1), attempt('q', true, 2)])).toBe('shaky');
		expect(
			questionMastery([attempt('q', false, 1), attempt('q', true, 2), attempt('q', true, 3)])
		).toBe('mastered');
	});

	test('the last answer is the latest by time, not by position in the list', () => {
		expect(questionMastery([attempt('q', false, 5), attempt('q', true, 1)])).toBe('missed');
	});

	test('of answers at the same time, the later in the log is the last', () => {
		expect(questionMastery([attempt('q', true, 1), attempt('q', false, 1)])).toBe('missed');
		expect(questionMastery([attempt('q', false, 1), attempt('q', true, 1)])).toBe('shaky');
	});

	test('an "I was right" override counts as right', () => {
		const overridden = attempt('q', false, 2, { override: true });
		expect(questionMastery([attempt('q', true, 1), overridden])).toBe('mastered');
	});
});

describe('masteryByPassage', () => {
	const passages = { 'p-2': ['a', 'b'], 'p-5': ['c'], 'p-9': ['d', 'e'] };

	test('a passage takes the worst standing of its answered questions', () => {
		const standings = masteryByPassage(passages, [
			attempt('a', true, 1),
			attempt('a', true, 2),
			attempt('b', true, 3),
			attempt('d', true, 4),
			attempt('d', true, 5),
			attempt('e', false, 6)
		]);
		expect(standings.get('p-2')).toEqual({
			mastery: 'shaky',
			questions: 2,
			answered: 2,
			missed: 0
		});
		expect(standings.get('p-9')).toEqual({
			mastery: 'missed',
			questions: 2,
			answered: 2,
			missed: 1
		});
	});

	test('questions not answered yet do not pull a passage down', () => {
		const standings = masteryByPassage(passages, [attempt('a', true, 1), attempt('a', true, 2)]);
		expect(standings.get('p-2')).toEqual({
			mastery: 'mastered',
			questions: 2,
			answered: 1,
			missed: 0
		});
	});

	test('a passage with no answered question is untested, and every passage gets a standing', () => {
		const standings = masteryByPassage(passages, [attempt('unrelated', false, 1)]);
		expect([...standings.keys()]).toEqual(['p-2', 'p-5', 'p-9']);
		expect(standings.get('p-5')).toEqual({
			mastery: 'untested',
			questions: 1,
			answered: 0,
			missed: 0
		});
	});

	test('a question quoted by two passages counts for both', () => {
		const standings = masteryByPassage({ 'p-1': ['a'], 'p-2': ['a'] }, [attempt('a', false, 1)]);
		expect(standings.get('p-1')?.mastery).toBe('missed');
		expect(standings.get('p-2')?.mastery).toBe('missed');
	});
});

describe('weakPassages and countMastery', () => {
	const standing = (mastery: PassageStanding['mastery']): PassageStanding => ({
		mastery,
		questions: 1,
		answered: mastery === 'untested' ? 0 : 1,
		missed: mastery === 'missed' ? 1 : 0
	});
	const standings = new Map([
		['p-9', standing('missed')],
		['p-1', standing('mastered')],
		['p-4', standing('shaky')],
		['p-6', standing('untested')]
	]);

	test('weak passages are the missed and shaky ones, in the order given', () => {
		expect(weakPassages(['p-1', 'p-2', 'p-4', 'p-6', 'p-9'], standings)).toEqual(['p-4', 'p-9']);
	});

	test('the counts cover every standing', () => {
		expect(countMastery(standings)).toEqual({ mastered: 1, shaky: 1, missed: 1, untested: 1 });
	});
});
