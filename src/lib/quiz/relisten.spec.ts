import { describe, expect, it } from 'vitest';
import type { PassageRef } from '../content/quiz-items';
import {
	describeEpisodePosition,
	describePosition,
	minutesFor,
	relistenEntries,
	wordsPerMinute
} from './relisten';

const passage = (
	anchor: string,
	wordOffset: number,
	quote = 'some words from the episode'
): PassageRef => ({
	anchor,
	section: 'key-concepts-1',
	sectionTitle: 'Key Concepts Part 1',
	quote,
	wordOffset,
	sectionWordOffset: wordOffset - 1000
});

describe('position estimates', () => {
	it('assume 150 words a minute', () => {
		expect(wordsPerMinute).toBe(150);
		expect(minutesFor(1050)).toBe(7);
		expect(minutesFor(1124)).toBe(7);
		expect(minutesFor(1126)).toBe(8);
		expect(minutesFor(300, 100)).toBe(3);
	});

	it('say how far into the section a passage is', () => {
		expect(describePosition({ sectionWordOffset: 1050, sectionTitle: 'Key Concepts Part 1' })).toBe(
			'about 7 min into Key Concepts Part 1'
		);
	});

	it('say "at the start" for the first half minute', () => {
		expect(describePosition({ sectionWordOffset: 60, sectionTitle: 'Closing' })).toBe(
			'at the start of Closing'
		);
		expect(describeEpisodePosition({ wordOffset: 0 })).toBe('at the start of the episode');
	});

	it('say how far into the episode a passage is', () => {
		expect(describeEpisodePosition({ wordOffset: 3450 })).toBe('about 23 min into the episode');
	});

	it('never give a negative time', () => {
		expect(minutesFor(-500)).toBe(0);
	});
});

describe('relistenEntries', () => {
	it('puts the passages in episode order and skips questions without one', () => {
		const p12 = passage('p-12', 2400);
		const p3 = passage('p-3', 1200);
		expect(
			relistenEntries([
				{ questionId: 'q1', passage: p12 },
				{ questionId: 'q2', passage: p3 },
				{ questionId: 'q3' }
			])
		).toEqual([
			{ passage: p3, questionIds: ['q2'] },
			{ passage: p12, questionIds: ['q1'] }
		]);
	});

	it('lists a passage once for every question that quotes it', () => {
		const p5 = passage('p-5', 1500);
		const other = passage('p-5', 1510, 'other words of the same paragraph');
		expect(
			relistenEntries([
				{ questionId: 'q1', passage: p5 },
				{ questionId: 'q2', passage: { ...p5 } },
				{ questionId: 'q3', passage: other }
			])
		).toEqual([
			{ passage: p5, questionIds: ['q1', 'q2'] },
			{ passage: other, questionIds: ['q3'] }
		]);
	});

	it('lists a quote inside a longer one of the same passage once, with the longer quote', () => {
		const whole = passage('p-9', 2000, 'the way they plan and reason is almost like little minds');
		const part = passage('p-9', 2000, 'the way they plan and reason');
		const elsewhere = passage('p-10', 2100, 'the way they plan and reason');
		expect(
			relistenEntries([
				{ questionId: 'q1', passage: part },
				{ questionId: 'q2', passage: whole },
				{ questionId: 'q3', passage: elsewhere }
			])
		).toEqual([
			{ passage: whole, questionIds: ['q2', 'q1'] },
			{ passage: elsewhere, questionIds: ['q3'] }
		]);
	});

	it('gives nothing when nothing was missed', () => {
		expect(relistenEntries([])).toEqual([]);
	});
});
