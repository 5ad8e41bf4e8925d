import { describe, expect, test } from 'vitest';
import { learnerDayStart } from './day';

// local times throughout: the function works in the environment's time zone
describe('learnerDayStart', () => {
	test('is 04:00 today once the rollover hour has passed', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 9, 30))).toEqual(new Date(2025, 2, 10, 4));
	});

	test('is 04:00 yesterday before the rollover hour, so a late night counts for the evening before', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 1, 0))).toEqual(new Date(2025, 2, 9, 4));
	});

	test('starts exactly at the rollover hour', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 4, 0))).toEqual(new Date(2025, 2, 10, 4));
	});

	test('goes back across a month end', () => {
		expect(learnerDayStart(new Date(2025, 3, 1, 2, 0))).toEqual(new Date(2025, 2, 31, 4));
	});

	test('takes another rollover hour, midnight included', () => {
		expect(learnerDayStart(new Date(2025, 2, 10, 0, 30), 0)).toEqual(new Date(2025, 2, 10, 0));
		expect(learnerDayStart(new Date(2025, 2, 10, 5, 0), 6)).toEqual(new Date(2025, 2, 9, 6));
	});

	test('refuses an invalid date or hour', () => {
		expect(() => learnerDayStart(new Date('nope'))).toThrow(RangeError);
		expect(() => learnerDayStart(new Date(2025, 2, 10), 24)).toThrow(RangeError);
	});
});
