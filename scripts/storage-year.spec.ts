import { describe, expect, test } from 'vitest';
import { readEnvelope } from '../src/lib/storage/store';
import { simulateYear } from './storage-year';

describe('a year of daily use in storage (issue 6)', () => {
	test(
		'200 cards, 50 reviews a day: the stored state reads back identical, in under a third of the quota',
		{ timeout: 60_000 },
		() => {
			const year = simulateYear();
			expect(year.reviews).toBe(365 * 50);
			const read = readEnvelope(year.json);
			expect(read.status).toBe('ok');
			expect(read.status === 'ok' && read.data).toStrictEqual(year.data);
			// the figure in the README; fails loudly if the format grows back towards the quota
			console.log(
				`a year of reviews: ${year.chars} characters, ${(year.shareOfReadCap * 100).toFixed(0)}% of the 5 MB cap`
			);
			expect(year.shareOfReadCap).toBeLessThan(1 / 3);
		}
	);

	test(
		'with a 10-question quiz every day on top: still identical, and well under half of the quota',
		{ timeout: 60_000 },
		() => {
			const year = simulateYear({ quizAnswersPerDay: 10 });
			expect(year.data.attempts).toHaveLength(3650);
			expect(year.data.finishedQuizzes).toHaveLength(365);
			const read = readEnvelope(year.json);
			expect(read.status === 'ok' && read.data).toStrictEqual(year.data);
			console.log(
				`a year of reviews and quizzes: ${year.chars} characters, ${(year.shareOfReadCap * 100).toFixed(0)}% of the 5 MB cap`
			);
			expect(year.shareOfReadCap).toBeLessThan(0.45);
		}
	);

	// every week rather than every day: a round trip of a year-old state takes about 0.1 s
	test(
		'a year graded through the real scheduler, stored and read back every week, schedules exactly as one never stored',
		{ timeout: 120_000 },
		() => {
			const kept = simulateYear({ quizAnswersPerDay: 10 });
			const stored = simulateYear({ quizAnswersPerDay: 10, storeEveryDays: 7 });
			const dues = (year: typeof kept) =>
				year.data.cards.map((c) => [c.cardId, c.due, c.stability, c.difficulty]);
			expect(dues(stored)).toEqual(dues(kept));
			expect(stored.data).toStrictEqual(kept.data);
		}
	);
});
