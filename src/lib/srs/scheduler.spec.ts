import { createEmptyCard, fsrs, type Grade as FsrsGrade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { CardState, ReviewLogEntry } from '../model/schema';
import { createScheduler, gradeNames, grades, newCardState, type Grade } from './scheduler';
import { at, cardState, deepFreeze, iso, now } from './test-fixtures';
import { dayMs, minuteMs } from './time';
import { dayNumber } from '../calendar/study-day';

const scheduler = createScheduler({ enableFuzz: false });

describe('newCardState', () => {
	it('makes a new card, due now, in the stored shape', () => {
		const state = newCardState('rhyme-1', now);
		expect(state).toStrictEqual({
			cardId: 'rhyme-1',
			due: '2025-03-10T09:00:00.000Z',
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			reps: 0,
			lapses: 0,
			state: 0,
			suspended: false,
			leech: false
		});
		expect(CardState.safeParse(state).success).toBe(true);
	});

	it('refuses an invalid clock', () => {
		expect(() => newCardState('a', new Date('nope'))).toThrow(RangeError);
	});
});

describe('createScheduler', () => {
	it('defaults to 90% retention and fuzz on, as Anki does', () => {
		const defaults = createScheduler();
		expect(defaults.desiredRetention).toBe(0.9);
		expect(defaults.enableFuzz).toBe(true);
	});

	it('refuses a retention ts-fsrs cannot use', () => {
		expect(() => createScheduler({ desiredRetention: 1.5 })).toThrow();
	});

	it('names the grades in button order', () => {
		expect(grades.map((g) => gradeNames[g])).toEqual(['Again', 'Hard', 'Good', 'Easy']);
	});
});

describe('previewGrades', () => {
	it('labels a new card’s buttons with the learning steps, as Anki does', () => {
		const previews = scheduler.previewGrades(newCardState('a', now), now);
		expect(previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
		expect(previews.map((p) => p.label)).toEqual(['1m', '6m', '10m', '8d']);
		expect(previews[0]).toEqual({
			rating: 1,
			due: iso(minuteMs),
			intervalMs: minuteMs,
			label: '1m'
		});
	});

	it('sends a forgotten review card to the 10-minute relearning step', () => {
		const previews = scheduler.previewGrades(cardState('a'), now);
		expect(previews[0].label).toBe('10m');
		for (const p of previews.slice(1)) expect(p.label).toMatch(/^\d+d$/);
		expect(previews[1].intervalMs).toBeLessThanOrEqual(previews[2].intervalMs);
		expect(previews[2].intervalMs).toBeLessThan(previews[3].intervalMs);
	});

	it('shows months and years for a well-known card', () => {
		const known = cardState('a', {
			stability: 200,
			scheduled_days: 200,
			last_review: iso(-200 * dayMs),
			difficulty: 3
		});
		const labels = scheduler.previewGrades(known, now).map((p) => p.label);
		expect(labels[0]).toBe('10m');
		expect(labels.slice(1).every((l) => /^\d+(\.\d)?(mo|y)$/.test(l))).toBe(true);
	});

	it('predicts exactly what grading does, fuzz included', () => {
		for (const enableFuzz of [false, true]) {
			const s = createScheduler({ enableFuzz });
			const state = cardState('a', { stability: 30, last_review: iso(-30 * dayMs) });
			const previews = s.previewGrades(state, now);
			for (const p of previews) {
				const { card } = s.gradeCard(state, p.rating, { now, logId: 'x' });
				expect(card.due).toBe(p.due);
			}
		}
	});

	it('gives the same answer for the same card and clock (fuzz is seeded, not random)', () => {
		const s = createScheduler({ enableFuzz: true });
		const state = cardState('a', { stability: 60, last_review: iso(-60 * dayMs) });
		expect(s.previewGrades(state, now)).toEqual(s.previewGrades(state, now));
	});

	it('shows a card the same intervals a minute or an hour later, fuzz included, as Anki does', () => {
		const s = createScheduler({ enableFuzz: true });
		const state = cardState('a', { stability: 60, last_review: iso(-60 * dayMs) });
		const days = (at: Date) =>
			s.previewGrades(state, at).map((p) => Math.round((Date.parse(p.due) - at.getTime()) / dayMs));
		expect(days(at(minuteMs))).toEqual(days(now));
		expect(days(at(60 * minuteMs))).toEqual(days(now));
		// the spread comes from the card: other cards in the same state are spread apart
		const spread = new Set(
			['a', 'b', 'c', 'd', 'e', 'f'].map(
				(id) => s.previewGrades({ ...state, cardId: id }, now)[3].intervalMs
			)
		);
		expect(spread.size).toBeGreaterThan(1);
	});

	it('gives Easy a longer interval than Good when both end the learning steps, as Anki does', () => {
		// a new card forgotten, then Good: when it comes back, Good and Easy both leave the steps
		let state = newCardState('a', now);
		let clock = now;
		for (const grade of [1, 3] as const) {
			state = scheduler.gradeCard(state, grade, { now: clock, logId: 'l' }).card;
			clock = new Date(state.due);
		}
		const [, , good, easy] = scheduler.previewGrades(state, clock);
		expect(good!.intervalMs).toBeGreaterThanOrEqual(dayMs);
		expect(easy!.intervalMs).toBeGreaterThanOrEqual(good!.intervalMs + dayMs);
		// and grading Easy does what its button said
		const graded = scheduler.gradeCard(state, 4, { now: clock, logId: 'l' }).card;
		expect(graded.due).toBe(easy!.due);
	});

	it('schedules longer with a lower desired retention', () => {
		const state = cardState('a', { stability: 20, last_review: iso(-20 * dayMs) });
		const good = (desiredRetention: number) =>
			createScheduler({ desiredRetention, enableFuzz: false }).previewGrades(state, now)[2]
				.intervalMs;
		expect(good(0.8)).toBeGreaterThan(good(0.9));
		expect(good(0.9)).toBeGreaterThan(good(0.97));
	});
});

describe('gradeCard', () => {
	it('moves a new card graded Good to its second learning step, and logs it', () => {
		const state = deepFreeze(newCardState('rhyme-1', now));
		const { card, log, leech } = scheduler.gradeCard(state, 3, {
			now,
			logId: 'log-1',
			durationMs: 4200.4
		});
		expect(leech).toBe(false);
		expect(card).toMatchObject({
			cardId: 'rhyme-1',
			state: 1,
			due: iso(10 * minuteMs),
			reps: 1,
			lapses: 0,
			last_review: iso(0),
			suspended: false,
			leech: false
		});
		expect(log).toStrictEqual({
			id: 'log-1',
			cardId: 'rhyme-1',
			rating: 3,
			reviewedAt: iso(0),
			state: 0,
			due: iso(0),
			stability: 0,
			difficulty: 0,
			scheduled_days: 0,
			durationMs: 4200
		});
		expect(CardState.safeParse(card).success).toBe(true);
		expect(ReviewLogEntry.safeParse(log).success).toBe(true);
	});

	it('logs the card as it was before the grade, with due as ts-fsrs logs it', () => {
		const state = cardState('a');
		const { log } = scheduler.gradeCard(state, 1, { now, logId: 'l' });
		expect(log).toMatchObject({
			state: 2,
			// ts-fsrs writes the previous review here, which its rollback() reads back
			due: state.last_review,
			stability: 4,
			difficulty: 5,
			scheduled_days: 4,
			rating: 1
		});
	});

	it('leaves durationMs out when not given, and stores it as a whole number of 0 or more', () => {
		const state = newCardState('a', now);
		expect('durationMs' in scheduler.gradeCard(state, 3, { now, logId: 'l' }).log).toBe(false);
		const negative = scheduler.gradeCard(state, 3, { now, logId: 'l', durationMs: -5 });
		expect(negative.log.durationMs).toBe(0);
	});

	it('follows ts-fsrs exactly through ISO storage, review after review', () => {
		const f = fsrs({ enable_fuzz: false });
		let reference = createEmptyCard(now);
		let stored = newCardState('a', now);
		let clock = now;
		const sequence: Grade[] = [3, 3, 3, 1, 3, 2, 4, 3];
		for (const grade of sequence) {
			reference = f.next(reference, clock, grade as FsrsGrade).card;
			stored = scheduler.gradeCard(stored, grade, { now: clock, logId: 'l' }).card;
			expect(stored.due).toBe(reference.due.toISOString());
			expect(stored.stability).toBe(reference.stability);
			expect(stored.difficulty).toBe(reference.difficulty);
			expect(stored.state).toBe(reference.state);
			clock = reference.due;
		}
		expect(stored.reps).toBe(sequence.length);
		expect(stored.lapses).toBe(1);
	});

	it('keeps the suspended and leech flags it is given', () => {
		const state = cardState('a', { suspended: true, leech: true, lapses: 9 });
		const { card } = scheduler.gradeCard(state, 3, { now, logId: 'l' });
		expect(card.suspended).toBe(true);
		expect(card.leech).toBe(true);
	});

	it('refuses a grade outside 1–4 and an invalid clock', () => {
		const state = cardState('a');
		const grade = (rating: number, clock = now) =>
			scheduler.gradeCard(state, rating as Grade, { now: clock, logId: 'l' });
		expect(() => grade(0)).toThrow(RangeError);
		expect(() => grade(5)).toThrow(RangeError);
		expect(() => grade(3, new Date(NaN))).toThrow(RangeError);
	});
});

describe('leeches', () => {
	/** grades Again on a review card, then Good until it is back in review, `times` times */
	function lapse(start: ReturnType<typeof cardState>, times: number) {
		let state = start;
		let clock = at(0);
		const flags: boolean[] = [];
		for (let i = 0; i < times; i++) {
			const again = scheduler.gradeCard(state, 1, { now: clock, logId: `a${i}` });
			flags.push(again.leech);
			state = again.card;
			clock = new Date(state.due);
			while (state.state !== 2) {
				state = scheduler.gradeCard(state, 3, { now: clock, logId: `g${i}` }).card;
				clock = new Date(state.due);
			}
		}
		return { state, flags };
	}

	it('suspends a review card and flags it the 8th time it is forgotten', () => {
		const { state, flags } = lapse(cardState('a'), 8);
		expect(flags).toEqual([false, false, false, false, false, false, false, true]);
		expect(state).toMatchObject({ lapses: 8, leech: true, suspended: true });
	});

	it('does not count Again on a relearning card as a lapse', () => {
		const relearning = cardState('a', { state: 3, lapses: 7, due: iso(0) });
		const { card, leech } = scheduler.gradeCard(relearning, 1, { now, logId: 'l' });
		expect(card.lapses).toBe(7);
		expect(leech).toBe(false);
		expect(card.suspended).toBe(false);
	});

	it('catches an unsuspended leech again at 12 lapses, as Anki does', () => {
		const unsuspended = cardState('a', { lapses: 8, leech: true, suspended: false });
		const { flags, state } = lapse(unsuspended, 4);
		expect(flags).toEqual([false, false, false, true]);
		expect(state).toMatchObject({ lapses: 12, leech: true, suspended: true });
	});
});

describe('recallChance', () => {
	it('is 90% when as many days have passed as the card’s stability, as FSRS defines it', () => {
		const state = cardState('card-1', { stability: 4, last_review: iso(-4 * dayMs) });
		expect(scheduler.recallChance(state, now)).toBeCloseTo(0.9, 3);
	});

	it('falls as time passes, and is higher for a more stable card', () => {
		const state = cardState('card-1', { stability: 4, last_review: iso(-4 * dayMs) });
		const later = scheduler.recallChance(state, at(10 * dayMs));
		expect(later).toBeLessThan(0.9);
		expect(later).toBeGreaterThan(0);
		const stable = cardState('card-1', { stability: 40, last_review: iso(-4 * dayMs) });
		expect(scheduler.recallChance(stable, now)).toBeGreaterThan(0.98);
	});

	it('counts the hours since the review, not whole days: below 100% the evening after an Again', () => {
		// forgotten at 09:00 and relearnt to a stability under a day: by 17:00 it has fallen
		const relearnt = cardState('card-1', { state: 3, stability: 0.8, last_review: iso(0) });
		const evening = scheduler.recallChance(relearnt, at(8 * 3_600_000))!;
		expect(evening).toBeLessThan(0.97);
		expect(evening).toBeGreaterThan(0.9);
		// at 3.99 days of a stability of 4, just above 90%, not the 92% of 3 whole days
		const state = cardState('card-1', { stability: 4, last_review: iso(-3.99 * dayMs) });
		expect(scheduler.recallChance(state, now)).toBeCloseTo(0.9, 3);
	});

	it('is unknown for a card never reviewed or with no last review, and refuses an invalid clock', () => {
		expect(scheduler.recallChance(newCardState('card-1', now), now)).toBeUndefined();
		expect(
			scheduler.recallChance(cardState('card-1', { last_review: undefined }), now)
		).toBeUndefined();
		expect(() => scheduler.recallChance(cardState('card-1'), new Date(Number.NaN))).toThrow();
	});
});

describe('study days in the learner’s time zone (utcOffset)', () => {
	const minute = 60_000;
	const hour = 60 * minute;
	// a new card studied twice in one local afternoon, Good then Good: in Los Angeles (UTC−8) at
	// 15:50 and 16:10, across UTC's midnight; in London (UTC+0) at the same local times, not
	const twice = (utcOffset: number, firstUtc: string) => {
		const s = createScheduler({ enableFuzz: false, utcOffset });
		const first = new Date(firstUtc);
		const { card } = s.gradeCard(newCardState('card-1', first), 3, { now: first, logId: 'a' });
		const second = new Date(first.getTime() + 20 * minute);
		const again = s.gradeCard(card, 3, { now: second, logId: 'b' }).card;
		return {
			labels: s.previewGrades(again, new Date(second.getTime() + hour)).map((p) => p.label),
			again
		};
	};

	it('gives the same intervals for the same local afternoon, wherever UTC’s midnight falls', () => {
		const losAngeles = twice(-480, '2026-01-12T23:50:00.000Z');
		const london = twice(0, '2026-01-12T15:50:00.000Z');
		expect(losAngeles.labels).toEqual(london.labels);
		expect(losAngeles.again.scheduled_days).toBe(london.again.scheduled_days);
		// without the time zone, ts-fsrs sees Los Angeles's two reviews a day apart
		const raw = createScheduler({ enableFuzz: false });
		const first = new Date('2026-01-12T23:50:00.000Z');
		const { card } = raw.gradeCard(newCardState('card-1', first), 3, { now: first, logId: 'a' });
		const rawAgain = raw.gradeCard(card, 3, {
			now: new Date(first.getTime() + 20 * minute),
			logId: 'b'
		}).card;
		expect(rawAgain.elapsed_days).toBe(1);
		expect(losAngeles.again.elapsed_days).toBe(0);
	});

	it('keeps the minutes of the learning steps and the instants of the review', () => {
		const s = createScheduler({ enableFuzz: false, utcOffset: -480 });
		const now = new Date('2026-01-12T23:50:00.000Z');
		const [again] = s.previewGrades(newCardState('card-1', now), now);
		expect(again.label).toBe('1m');
		const { card, log } = s.gradeCard(newCardState('card-1', now), 1, { now, logId: 'a' });
		expect(card.last_review).toBe(now.toISOString());
		expect(log.reviewedAt).toBe(now.toISOString());
		expect(Date.parse(card.due) - now.getTime()).toBe(minute);
	});

	it('puts a review card a whole number of study days on, across the night the clocks go back', () => {
		// New York: EDT (UTC−4) until 06:00 UTC on 1 November 2026, EST (UTC−5) after
		const newYork = (ms: number) => (ms < Date.parse('2026-11-01T06:00:00.000Z') ? -240 : -300);
		const s = createScheduler({ enableFuzz: false, utcOffset: newYork });
		// 04:10 EDT on 31 October, a review card of stability 1 graded Good
		const now = new Date('2026-10-31T08:10:00.000Z');
		const state = cardState('card-1', {
			stability: 1,
			scheduled_days: 1,
			last_review: '2026-10-30T08:10:00.000Z',
			due: now.toISOString()
		});
		const { card } = s.gradeCard(state, 3, { now, logId: 'a' });
		const studyDay = (ms: number) => dayNumber(ms, newYork);
		expect(studyDay(Date.parse(card.due)) - studyDay(now.getTime())).toBe(card.scheduled_days);
		// the same local time, 04:10, on the day it is due: not 03:10 of the day before
		expect(
			new Date(Date.parse(card.due) + newYork(Date.parse(card.due)) * minute).getUTCHours()
		).toBe(4);
	});

	describe('on the nights the clocks change (Los Angeles, 2026)', () => {
		// PDT (UTC−7) from 10:00 UTC on 8 March to 09:00 UTC on 1 November, PST (UTC−8) otherwise
		const losAngeles = (ms: number) =>
			ms >= Date.parse('2026-03-08T10:00:00.000Z') && ms < Date.parse('2026-11-01T09:00:00.000Z')
				? -420
				: -480;
		const s = createScheduler({ enableFuzz: false, utcOffset: losAngeles });

		it('keeps a learning step’s minutes and the review’s own time, in the hour that repeats', () => {
			const now = new Date('2026-11-01T09:30:00.000Z'); // 01:30 PST, the second time round
			expect(s.previewGrades(newCardState('c', now), now).map((p) => p.label)).toEqual(
				scheduler.previewGrades(newCardState('c', now), now).map((p) => p.label)
			);
			const { card, log } = s.gradeCard(newCardState('c', now), 3, { now, logId: 'a' });
			expect(Date.parse(card.due) - now.getTime()).toBe(10 * minute);
			expect(card.last_review).toBe(now.toISOString());
			expect(log.reviewedAt).toBe(now.toISOString());
		});

		it('keeps a learning step’s minutes in the hour that is skipped', () => {
			const now = new Date('2026-03-08T09:55:00.000Z'); // 01:55 PST, five minutes before 03:00 PDT
			const { card } = s.gradeCard(newCardState('c', now), 3, { now, logId: 'a' });
			expect(Date.parse(card.due) - now.getTime()).toBe(10 * minute);
		});

		it('labels a day as a day on the night it is 23 hours long', () => {
			const now = new Date('2026-03-07T18:00:00.000Z'); // 10:00 PST on 7 March
			const state = cardState('c', {
				stability: 0.5,
				difficulty: 8,
				scheduled_days: 1,
				last_review: '2026-03-06T18:00:00.000Z',
				due: now.toISOString()
			});
			const oneDay = s
				.previewGrades(state, now)
				.find((p) => Math.round(p.intervalMs / dayMs) === 1);
			expect(oneDay?.intervalMs).toBe(23 * hour);
			expect(oneDay?.label).toBe('1d');
		});
	});
});
