import { describe, expect, it } from 'vitest';
import { attempt } from '../model/test-data';
import type { Attempt, Confidence } from '../model/schema';
import { calibration, calibrationTargets } from './calibration';

/** `answers` answers at `confidence`, the first `right` of them right */
const given = (confidence: Confidence, answers: number, right: number): Attempt[] =>
	Array.from({ length: answers }, (_, i) =>
		attempt(`${confidence}-${i}`, { confidence, correct: i < right })
	);

describe('calibration', () => {
	it('gives the share right for each confidence, most confident first, with its target', () => {
		const rows = calibration([
			...given('sure', 3, 2),
			...given('guess', 1, 0),
			attempt('no-confidence', { correct: true })
		]);
		expect(
			rows.map(({ confidence, answers, correct, share, target }) => ({
				confidence,
				answers,
				correct,
				share,
				target
			}))
		).toEqual([
			{ confidence: 'sure', answers: 3, correct: 2, share: 2 / 3, target: 0.9 },
			{ confidence: 'think', answers: 0, correct: 0, share: undefined, target: 0.7 },
			{ confidence: 'guess', answers: 1, correct: 0, share: 0, target: 0.4 }
		]);
	});

	it('reads nothing into too few answers, and says nothing of a level never used', () => {
		const [sure, think] = calibration(given('sure', 4, 1));
		expect(sure).toMatchObject({
			verdict: 'too-few',
			reading:
				'When you say “Sure” you are right 25% of the time, but 4 answers are too few to tell.'
		});
		expect(think).toMatchObject({ verdict: 'too-few', reading: '' });
	});

	it('says in words when the learner is more sure than right', () => {
		const [sure] = calibration(given('sure', 20, 11));
		expect(sure).toMatchObject({
			verdict: 'overconfident',
			reading: 'When you say “Sure” you are right 55% of the time: more sure than right.'
		});
	});

	it('says so when the learner is about as right as sure, within ten points of the target', () => {
		const [, think] = calibration(given('think', 10, 8));
		expect(think).toMatchObject({
			verdict: 'calibrated',
			reading:
				'When you say “Think so” you are right 80% of the time: about as right as you are sure.'
		});
	});

	it('says so when the learner knows more than they think', () => {
		const [, , guess] = calibration(given('guess', 10, 7));
		expect(guess).toMatchObject({
			verdict: 'underconfident',
			reading:
				'When you say “Guessing” you are right 70% of the time: more right than sure: you know more than you think.'
		});
	});

	it('promises more the surer the word', () => {
		expect(calibrationTargets.sure).toBeGreaterThan(calibrationTargets.think);
		expect(calibrationTargets.think).toBeGreaterThan(calibrationTargets.guess);
	});
});
