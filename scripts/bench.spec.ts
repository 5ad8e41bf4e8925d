import { expect, test } from 'vitest';
import { median, parseQueueOutput } from './bench.js';

test('the median of an odd count is the middle value, of an even count the mean of the two', () => {
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('the due-queue timings are read from bench-queue.ts output, whatever its spacing', () => {
	const output = [
		'collection: 10000 cards, 6995 with a state, 100000 log entries',
		'dueQueue         median 5.96 ms  p95 8.38 ms  min 2.79 ms  max 15.95 ms  (50 runs)',
		'dueQueue topic   median   1.92 ms  p95   3.39 ms  min   1.77 ms  max   6.26 ms'
	].join('\n');
	expect(parseQueueOutput(output)).toEqual([
		{ label: 'dueQueue', medianMs: 5.96, p95Ms: 8.38, minMs: 2.79, maxMs: 15.95 },
		{ label: 'dueQueue topic', medianMs: 1.92, p95Ms: 3.39, minMs: 1.77, maxMs: 6.26 }
	]);
});
