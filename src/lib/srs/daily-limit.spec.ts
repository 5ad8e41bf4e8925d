import { describe, expect, it } from 'vitest';
import { formatCount } from '../format/format';
import { dailyLimitOf, maxDailyLimit, maxDailyLimitText } from './daily-limit';

describe('dailyLimitOf', () => {
	it('takes a whole number from 0 to 9,999', () => {
		expect(dailyLimitOf('35')).toEqual({ ok: true, value: 35 });
		expect(dailyLimitOf(' 0 ')).toEqual({ ok: true, value: 0 });
		expect(dailyLimitOf('9999')).toEqual({ ok: true, value: 9999 });
	});

	it('refuses a blank, a fraction, a number out of range and what is not a number, saying why', () => {
		expect(dailyLimitOf('')).toEqual({
			ok: false,
			reason: 'Enter a number of cards, from 0 to 9,999.'
		});
		expect(dailyLimitOf('7.6')).toEqual({
			ok: false,
			reason: 'Enter a whole number of cards, from 0 to 9,999.'
		});
		expect(dailyLimitOf('-5')).toEqual({
			ok: false,
			reason: '-5 is out of range: enter a number from 0 to 9,999.'
		});
		expect(dailyLimitOf('12345')).toMatchObject({ ok: false });
		expect(dailyLimitOf('abc')).toMatchObject({ ok: false });
		expect(dailyLimitOf('Infinity')).toMatchObject({ ok: false });
	});

	it('says what the limit stays at, given it', () => {
		expect(dailyLimitOf('', 20)).toEqual({
			ok: false,
			reason: 'Enter a number of cards, from 0 to 9,999. It stays at 20.'
		});
		expect(dailyLimitOf('5', 20)).toEqual({ ok: true, value: 5 });
	});

	it('writes its bound as the formatting module would', () => {
		expect(maxDailyLimitText).toBe(formatCount(maxDailyLimit));
	});
});
