import { describe, expect, test } from 'vitest';
import { createLogId, logIdTime } from './log-id';
import { now } from './test-fixtures';

describe('createLogId', () => {
	test('starts with the review time in base 36 and ends with four random characters', () => {
		const id = createLogId(now, () => 0.5);
		expect(id).toBe(`${now.getTime().toString(36)}iiii`);
		expect(id).toHaveLength(12);
	});

	test('gives different ids for grades in the same millisecond', () => {
		const values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
		let i = 0;
		const random = () => values[i++ % values.length] ?? 0;
		expect(createLogId(now, random)).not.toBe(createLogId(now, random));
	});

	test('stays within base 36 even when the random source returns 1', () => {
		expect(createLogId(now, () => 1)).toMatch(/^[0-9a-z]+zzzz$/);
	});

	test('refuses an invalid date', () => {
		expect(() => createLogId(new Date('nope'), Math.random)).toThrow(RangeError);
	});
});

describe('logIdTime', () => {
	test('reads back the moment an id was made at', () => {
		expect(logIdTime(createLogId(now, () => 0.99))).toBe(now.getTime());
		expect(logIdTime('m82u0800k3f9')).toBe(Date.parse('2025-03-10T09:00:00.000Z'));
	});
});
