import { expect, test } from 'vitest';
import { AppData, Envelope, currentVersion } from '../src/lib/model/schema';
import {
	blockingFromTrace,
	pairwiseSum,
	percentile,
	ratio,
	reviewSeed,
	summarize
} from './bench-latency.js';

test('the percentile is the nearest rank: the smallest value at least p % do not exceed', () => {
	const values = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1, unsorted on purpose
	expect(percentile(values, 50)).toBe(100);
	expect(percentile(values, 95)).toBe(190);
	expect(percentile(values, 100)).toBe(200);
	expect(percentile(values, 0)).toBe(1);
	expect(percentile([7], 95)).toBe(7);
	expect(percentile([], 50)).toBeNaN();
});

test('a summary gives p50, p95, min, max and mean to a tenth of a millisecond', () => {
	expect(summarize([1.04, 2, 3, 4, 10])).toEqual({
		count: 5,
		p50Ms: 3,
		p95Ms: 10,
		minMs: 1,
		maxMs: 10,
		meanMs: 4
	});
});

test('two steps are added interaction by interaction, not percentile by percentile', () => {
	expect(pairwiseSum([1, 10], [10, 1])).toEqual([11, 11]);
	expect(() => pairwiseSum([1], [1, 2])).toThrow();
});

test("the review's seed is a stored state the app accepts, with every card new today", () => {
	const seed = reviewSeed(new Date('2026-11-25T12:00:00Z'));
	expect(Envelope.safeParse(seed).success).toBe(true);
	// the bench writes version 1; a newer app migrates it on load
	expect(seed.version).toBeLessThanOrEqual(currentVersion);
	if (seed.version === currentVersion) expect(AppData.safeParse(seed.data).success).toBe(true);
	expect(seed.data.settings.newCardsPerDay).toBeGreaterThanOrEqual(200);
});

test('a ratio is ours over the floor to two decimals, and none without a floor', () => {
	expect(ratio(1240, 910)).toBe(1.36);
	expect(ratio(50, 0)).toBeUndefined();
	expect(ratio(NaN, 900)).toBeUndefined();
});

test('blocking time: the main thread’s tasks after the first paint, by thread time ×4, beyond 50 ms', () => {
	const main = { pid: 1, tid: 7 };
	const task = (ts: number, durMs: number, tdurMs: number, thread = main) => ({
		name: 'RunTask',
		ph: 'X',
		...thread,
		ts,
		dur: durMs * 1000,
		tdur: tdurMs * 1000
	});
	const events = [
		// before the first paint: not counted, however long
		task(1_000, 80, 80),
		{ name: 'firstContentfulPaint', ph: 'R', ...main, ts: 2_000 },
		// 20 ms of thread time: 80 ms at 4×, 30 beyond 50
		task(3_000, 20, 20),
		// long on the wall clock only (the machine was busy): 10 ms of thread time, 40 at 4×
		task(40_000, 60, 10),
		// 15 ms: 60 at 4×, 10 beyond
		task(90_000, 15, 15),
		// another thread's task is not the page's
		task(95_000, 90, 90, { pid: 1, tid: 8 }),
		// not a task
		{ name: 'FunctionCall', ph: 'X', ...main, ts: 99_000, dur: 90_000, tdur: 90_000 }
	];
	expect(blockingFromTrace(events)).toBe(40);
	expect(blockingFromTrace(events.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNaN();
	// a trace that recorded no tasks says nothing, rather than 0
	expect(blockingFromTrace(events.filter((e) => e.name !== 'RunTask'))).toBeNaN();
	// short tasks only: 0
	expect(
		blockingFromTrace(
			events.filter((e) => !('tdur' in e) || e.name !== 'RunTask' || e.tdur < 13_000)
		)
	).toBe(0);
});
