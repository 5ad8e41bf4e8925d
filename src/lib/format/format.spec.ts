import { describe, expect, test } from 'vitest';
import {
	dayAndMonth,
	dayRange,
	quoted,
	formatBytes,
	dateOfIso,
	describeWait,
	dueIn,
	formatDate,
	formatDateTime,
	formatCount,
	formatDuration,
	formatTakenAt,
	monthOf,
	percent,
	plural,
	scorePercent,
	shortDate
} from './format';

const minute = 60_000;
const day = 24 * 60 * minute;

describe('formatCount', () => {
	test('groups thousands and keeps up to three decimals, as English writes them', () => {
		expect(formatCount(0)).toBe('0');
		expect(formatCount(999)).toBe('999');
		expect(formatCount(1000)).toBe('1,000');
		expect(formatCount(1_234_567)).toBe('1,234,567');
		expect(formatCount(1.5)).toBe('1.5');
		expect(formatCount(12_345.6789)).toBe('12,345.679');
		expect(formatCount(-4200)).toBe('-4,200');
		// where toLocaleString writes '-0'
		expect(formatCount(-0.0004)).toBe('0');
	});

	test('writes every number as toLocaleString("en") does, without loading Intl in the page', () => {
		const samples = [
			...Array.from({ length: 200 }, (_, i) => 10 ** (i % 13) + i * 7),
			...Array.from({ length: 200 }, (_, i) => (i * 1234.5678) / 7),
			-1.0005,
			0.1,
			2.675,
			1e15 + 3,
			Number.MAX_SAFE_INTEGER
		];
		for (const n of samples) expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'));
	});
});

describe('plural', () => {
	test('uses the singular for exactly one', () => {
		expect(plural(1, 'card')).toBe('1 card');
		expect(plural(0, 'card')).toBe('0 cards');
		expect(plural(3, 'reply', 'replies')).toBe('3 replies');
		expect(plural(1200, 'answer')).toBe('1,200 answers');
	});
});

describe('quoted', () => {
	test('puts text in quotation marks, and the marks inside it in single ones', () => {
		expect(quoted('How does the model add?')).toBe('“How does the model add?”');
		expect(quoted('The episode says “it plans.” Why?')).toBe('“The episode says ‘it plans.’ Why?”');
		expect(quoted('Why is "rabbit" planned, and ("habit")?')).toBe(
			'“Why is ‘rabbit’ planned, and (‘habit’)?”'
		);
		expect(quoted('A 12" screen')).toBe('“A 12" screen”');
	});
});

describe('percentages', () => {
	test('a share rounds to a whole percentage', () => {
		expect(percent(2 / 3)).toBe('67%');
	});

	test('a score is its share, or a dash for an empty quiz', () => {
		expect(scorePercent(7, 10)).toBe('70%');
		expect(scorePercent(2, 3)).toBe('67%');
		expect(scorePercent(0, 0)).toBe('–');
	});
});

describe('study-day dates', () => {
	test('write a study day the same way everywhere', () => {
		const day = Math.floor(Date.parse('2025-03-10T12:00:00.000Z') / 86_400_000);
		expect(monthOf(day)).toBe('Mar');
		expect(shortDate(day)).toBe('10 Mar 2025');
		expect(dayAndMonth(day)).toBe('10 Mar');
	});

	test('a run of study days is written as short as stays clear', () => {
		const day = Math.floor(Date.parse('2025-03-10T12:00:00.000Z') / 86_400_000);
		expect(dayRange(day, day)).toBe('10 Mar 2025');
		expect(dayRange(day, day + 6)).toBe('10–16 Mar 2025');
		expect(dayRange(day - 11, day)).toBe('27 Feb – 10 Mar 2025');
		expect(dayRange(day + 290, day + 300)).toBe('25 Dec 2025 – 4 Jan 2026');
	});

	test('an instant belongs to the study day it falls in, which ends at 04:00', () => {
		expect(dateOfIso('2025-03-10T23:30:00.000Z', 60)).toBe('10 Mar 2025');
		expect(dateOfIso('2025-03-11T03:30:00.000Z', 60)).toBe('11 Mar 2025');
	});
});

describe('formatTakenAt', () => {
	const now = new Date(2025, 2, 10, 18, 0);
	test('says today, yesterday or days ago within the week, by study day', () => {
		expect(formatTakenAt(new Date(2025, 2, 10, 9, 0).toISOString(), now)).toBe('today');
		expect(formatTakenAt(new Date(2025, 2, 9, 23, 0).toISOString(), now)).toBe('yesterday');
		// 02:00 on the 10th is still the 9th's study day
		expect(formatTakenAt(new Date(2025, 2, 10, 2, 0).toISOString(), now)).toBe('yesterday');
		expect(formatTakenAt(new Date(2025, 2, 7, 12, 0).toISOString(), now)).toBe('3 days ago');
	});

	test('gives the date beyond a week', () => {
		expect(formatTakenAt(new Date(2025, 0, 5, 12, 0).toISOString(), now)).toBe('5 Jan 2025');
	});
});

describe('describeWait', () => {
	test.each([
		[10 * minute, '10 minutes'],
		[1 * minute, '1 minute'],
		[10_000, '1 minute'],
		[90 * minute, '2 hours'],
		[23 * 60 * minute, '23 hours'],
		[1 * day, '1 day'],
		[4 * day, '4 days'],
		[91 * day, '3 months'],
		[438 * day, '1.2 years'],
		[365 * day, '1 year']
	])('says %i ms as "%s"', (ms, words) => {
		expect(describeWait(ms)).toBe(words);
	});
});

describe('formatDuration', () => {
	test.each([
		[0, '0 s'],
		[45_400, '45 s'],
		[125_000, '2 min 5 s'],
		[120_000, '2 min'],
		[3_780_000, '1 h 3 min'],
		[7_200_000, '2 h']
	])('says %i ms as "%s"', (ms, words) => {
		expect(formatDuration(ms)).toBe(words);
	});
});

describe('formatDateTime', () => {
	test('gives the seconds when asked, to tell two moments of one minute apart', () => {
		const at = (iso: string, seconds?: boolean) =>
			formatDateTime(iso, { locale: 'en-GB', timeZone: 'UTC', ...(seconds ? { seconds } : {}) });
		expect(at('2026-03-27T09:00:05.000Z')).toBe(at('2026-03-27T09:00:40.000Z'));
		expect(at('2026-03-27T09:00:05.000Z', true)).toMatch(/09:00:05/);
		expect(at('2026-03-27T09:00:40.000Z', true)).toMatch(/09:00:40/);
	});
});

describe('formatDate', () => {
	test('writes the weekday, date and time in the given locale and zone', () => {
		expect(formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' })).toMatch(
			/Tuesday,? 11 March,? (at )?09:00/
		);
	});

	test('gives back what it cannot read', () => {
		expect(formatDate('soon')).toBe('soon');
	});

	test('leaves the time out when asked', () => {
		expect(
			formatDate('2025-03-11T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC', time: false })
		).toMatch(/^Tuesday,? 11 March$/);
	});

	test('says the year of a moment in another year than now, and only then', () => {
		const now = new Date('2026-01-06T09:00:00.000Z');
		const inUtc = { locale: 'en-GB', timeZone: 'UTC', now };
		expect(formatDate('2027-10-14T04:00:00.000Z', inUtc)).toMatch(
			/^Thursday,? 14 October 2027,? (at )?04:00$/
		);
		expect(formatDate('2025-05-10T08:10:00.000Z', inUtc)).toMatch(/^Saturday,? 10 May 2025,? /);
		expect(formatDate('2026-10-14T04:00:00.000Z', inUtc)).toMatch(
			/^Wednesday,? 14 October,? (at )?04:00$/
		);
	});

	test('in the browser’s own zone, reads the year there', () => {
		const now = new Date(2026, 0, 6, 9);
		expect(formatDate(new Date(2027, 9, 14, 4).toISOString(), { now })).toContain('2027');
		expect(formatDate(new Date(2026, 9, 14, 4).toISOString(), { now })).not.toContain('2026');
	});

	test('reads the year where the learner is: New Year’s Eve in New York is this year', () => {
		const now = new Date('2026-12-31T12:00:00.000Z');
		// 03:00 UTC on 1 January is 22:00 on 31 December in New York
		expect(
			formatDate('2027-01-01T03:00:00.000Z', {
				locale: 'en-GB',
				timeZone: 'America/New_York',
				now
			})
		).toMatch(/^Thursday,? 31 December,? (at )?22:00$/);
		expect(
			formatDate('2027-01-01T03:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC', now })
		).toMatch(/^Friday,? 1 January 2027,? /);
	});
});

describe('formatDateTime', () => {
	test('writes the date with its year and the time, in the learner’s zone, not UTC', () => {
		expect(
			formatDateTime('2026-03-27T09:00:00.000Z', { locale: 'en-GB', timeZone: 'UTC' })
		).toMatch(/^27 March 2026,? (at )?09:00$/);
		expect(
			formatDateTime('2026-03-27T23:30:00.000Z', { locale: 'en-GB', timeZone: 'Europe/Paris' })
		).toMatch(/^28 March 2026,? (at )?00:30$/);
	});

	test('gives back what it cannot read', () => {
		expect(formatDateTime('soon')).toBe('soon');
	});
});

describe('dueIn', () => {
	const now = new Date('2025-03-10T09:00:00.000Z');

	test('says how long until a future date', () => {
		expect(dueIn('2025-03-10T09:10:00.000Z', now)).toBe('in 10 minutes');
		expect(dueIn('2025-03-14T09:00:00.000Z', now)).toBe('in 4 days');
	});

	test('counts a day or more in study days: from Saturday 23:30, Monday 04:00 is in 2 days', () => {
		const saturdayNight = new Date(2026, 0, 17, 23, 30);
		expect(dueIn(new Date(2026, 0, 19, 4).toISOString(), saturdayNight)).toBe('in 2 days');
		// 4 hours and a half: still in hours
		expect(dueIn(new Date(2026, 0, 18, 4).toISOString(), saturdayNight)).toBe('in 5 hours');
		// a card due at 00:30 on Friday missed Thursday's and Friday's study days by Saturday 04:10
		expect(dueIn(new Date(2026, 0, 15, 4).toISOString(), new Date(2026, 0, 17, 4, 10))).toBe(
			'overdue by 2 days'
		);
		expect(dueIn(new Date(2026, 2, 20, 4).toISOString(), saturdayNight)).toBe('in 2 months');
	});

	test('turns from now to overdue a local day after, 23 or 25 hours when the clocks change', () => {
		// local dates: in any zone with daylight saving the day after the change is shorter or longer
		const due = new Date(2026, 9, 31, 4);
		expect(dueIn(due.toISOString(), new Date(2026, 10, 1, 3, 30))).toBe('now');
		expect(dueIn(due.toISOString(), new Date(2026, 10, 1, 4, 0))).toBe('overdue by 1 day');
		const spring = new Date(2026, 2, 7, 4);
		expect(dueIn(spring.toISOString(), new Date(2026, 2, 8, 3, 59))).toBe('now');
		expect(dueIn(spring.toISOString(), new Date(2026, 2, 8, 4, 30))).toBe('overdue by 1 day');
	});

	test('says now for a date already past', () => {
		expect(dueIn('2025-03-10T08:00:00.000Z', now)).toBe('now');
		expect(dueIn('2025-03-09T09:00:00.001Z', now)).toBe('now');
	});

	test('says by how much a date more than a day past is overdue', () => {
		expect(dueIn('2025-03-09T09:00:00.000Z', now)).toBe('overdue by 1 day');
		expect(dueIn('2025-03-07T09:00:00.000Z', now)).toBe('overdue by 3 days');
	});
});

describe('formatBytes', () => {
	test('writes bytes below a kilobyte as bytes, and larger sizes in the unit that fits', () => {
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(999)).toBe('999 bytes');
		expect(formatBytes(1_234)).toBe('1.2 KB');
		expect(formatBytes(1_234_567)).toBe('1.2 MB');
		expect(formatBytes(58_000_000_000)).toBe('58 GB');
		expect(formatBytes(312_000_000)).toBe('312 MB');
	});
});
