// Issue 17: the home page reminds the learner to download a backup when the last one is over 14
// days old and there has been progress since.
import { describe, expect, it } from 'vitest';
import { attempt, dataWith, review } from '../model/test-data';
import { backupReminder, withBackupAt } from './reminder';

const day = 24 * 60 * 60 * 1000;
const march = (d: number) => new Date(Date.UTC(2026, 2, d, 9));
const iso = (d: number) => march(d).toISOString();

describe('backupReminder', () => {
	it('says nothing without progress', () => {
		expect(backupReminder(dataWith({}), march(27))).toBeUndefined();
	});

	it('with no backup ever: reminds once the first progress is 14 days old', () => {
		const data = dataWith({
			attempts: [attempt('a1', { answeredAt: iso(1) }), attempt('a2', { answeredAt: iso(10) })],
			reviewLog: [review('r1', { reviewedAt: iso(5) })]
		});
		expect(backupReminder(data, new Date(march(1).getTime() + 14 * day - 1))).toBeUndefined();
		expect(backupReminder(data, new Date(march(1).getTime() + 14 * day))).toEqual({
			since: iso(1),
			answers: 2,
			reviews: 1
		});
	});

	it('after a backup: reminds 14 days on, counting only what came since', () => {
		const data = withBackupAt(
			dataWith({
				attempts: [attempt('a1', { answeredAt: iso(1) }), attempt('a2', { answeredAt: iso(12) })],
				reviewLog: [review('r1', { reviewedAt: iso(2) }), review('r2', { reviewedAt: iso(20) })]
			}),
			march(10)
		);
		expect(data.settings.lastBackupAt).toBe(iso(10));
		expect(backupReminder(data, march(23))).toBeUndefined();
		expect(backupReminder(data, march(24))).toEqual({
			lastBackupAt: iso(10),
			since: iso(10),
			answers: 1,
			reviews: 1
		});
	});

	it('says nothing when nothing was done since the last backup, however old it is', () => {
		const data = withBackupAt(
			dataWith({ attempts: [attempt('a1', { answeredAt: iso(1) })] }),
			march(2)
		);
		expect(backupReminder(data, new Date(march(2).getTime() + 400 * day))).toBeUndefined();
	});

	it('handles a year of progress in one pass', () => {
		const attempts = Array.from({ length: 200_000 }, (_, i) =>
			attempt(`a${i}`, { answeredAt: new Date(march(1).getTime() - i * 60_000).toISOString() })
		);
		expect(backupReminder(dataWith({ attempts }), march(27))).toMatchObject({ answers: 200_000 });
	});
});
