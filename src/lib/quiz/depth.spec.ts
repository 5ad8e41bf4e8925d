import { describe, expect, it } from 'vitest';
import {
	answerSourceLabel,
	depthSizes,
	depthTitles,
	nextDepth,
	parseDepth,
	startingDepth
} from './depth';

const at = (...depths: (1 | 2 | 3)[]) => depths.map((depth) => ({ depth }));

describe('depthSizes', () => {
	it('counts the questions at each depth, leaving out depths without any', () => {
		expect(depthSizes(at(1, 2, 1, 3, 1))).toEqual([
			{ depth: 1, size: 3 },
			{ depth: 2, size: 1 },
			{ depth: 3, size: 1 }
		]);
		expect(depthSizes(at(3, 2))).toEqual([
			{ depth: 2, size: 1 },
			{ depth: 3, size: 1 }
		]);
		expect(depthSizes([])).toEqual([]);
	});
});

describe('startingDepth', () => {
	it('starts an episode section at depth 1, what the listener just heard', () => {
		expect(startingDepth('section', depthSizes(at(1, 2, 2, 2, 2, 2, 2)))).toBe(1);
	});

	it('starts a topic at its shallowest depth with enough questions to make a quiz', () => {
		expect(startingDepth('topic', depthSizes(at(1, 2, 2, 2, 2, 2, 3)))).toBe(2);
		expect(startingDepth('topic', depthSizes(at(1, 1, 1, 1, 1, 2)))).toBe(1);
		// none has five: the shallowest there is
		expect(startingDepth('topic', depthSizes(at(2, 3, 3)))).toBe(2);
		expect(startingDepth('topic', [])).toBeUndefined();
	});
});

describe('nextDepth', () => {
	const sizes = depthSizes(at(1, 1, 2, 3));

	it('suggests the next depth from 80% right', () => {
		expect(nextDepth(1, 8, 10, sizes)).toBe(2);
		expect(nextDepth(2, 4, 4, sizes)).toBe(3);
	});

	it('suggests nothing below 80%, past the deepest, or without answers', () => {
		expect(nextDepth(1, 7, 10, sizes)).toBeUndefined();
		expect(nextDepth(3, 10, 10, sizes)).toBeUndefined();
		expect(nextDepth(1, 0, 0, sizes)).toBeUndefined();
	});

	it('skips a depth the set does not have', () => {
		expect(nextDepth(1, 5, 5, depthSizes(at(1, 3)))).toBe(3);
	});
});

describe('parseDepth', () => {
	it('reads 1, 2 and 3 and nothing else', () => {
		expect([parseDepth('1'), parseDepth('2'), parseDepth('3')]).toEqual([1, 2, 3]);
		for (const text of ['0', '4', '', 'deep', null, undefined, ' 1'])
			expect(parseDepth(text)).toBeUndefined();
	});

	it('has a name for every depth', () => {
		expect(Object.values(depthTitles)).toEqual([
			'What the episode said',
			'What the paper shows',
			'Numbers and caveats'
		]);
	});
});

describe('answerSourceLabel', () => {
	it('says where an answer is learnt, and that a fact-check weighs the episode against the paper', () => {
		expect(answerSourceLabel({ type: 'single', answerableFrom: 'episode' })).toBe(
			'Covered in the episode'
		);
		expect(answerSourceLabel({ type: 'typed', answerableFrom: 'paper' })).toBe('Needs the paper');
		expect(answerSourceLabel({ type: 'fact-check', answerableFrom: 'paper' })).toBe(
			'Checked against the paper'
		);
	});
});
