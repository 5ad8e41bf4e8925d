import { describe, expect, it } from 'vitest';
import { emptyData } from '../model/schema';
import { applyGrade, createScheduler, formatInterval, undoLastStep } from './index';

// the pages use the engine through this entry point: one learner's first card, end to end
describe('the srs entry point', () => {
	const now = new Date('2025-03-10T09:00:00.000Z');
	const scheduler = createScheduler({ enableFuzz: false });

	it('schedules a new card, shows the interval its button gave, and undoes the grade exactly', () => {
		const before = emptyData();
		const { data: after } = applyGrade(before, 'card-1', 3, {
			now,
			logId: 'log-1',
			durationMs: 4000,
			scheduler
		});
		const card = after.cards.find((c) => c.cardId === 'card-1');
		expect(card).toMatchObject({ reps: 1, state: 1 });
		// a first "Good" is a ten-minute learning step, as its button says
		expect(formatInterval(Date.parse(card!.due) - now.getTime())).toBe('10m');
		expect(after.reviewLog).toHaveLength(1);

		const undone = undoLastStep(after, now);
		expect(undone?.cardId).toBe('card-1');
		expect(undone?.data.cards).toEqual(before.cards);
		expect(undone?.data.reviewLog).toEqual(before.reviewLog);
	});
});
