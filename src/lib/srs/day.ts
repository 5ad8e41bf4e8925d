// when the learner's day begins: what "today" means for daily limits and "forgotten today".

/**
 * the hour the learner's day turns over, in local time: Anki's default "next day starts at"
 * @default 4
 */
export const defaultRolloverHour = 4;

/**
 * The start of the learner's day that `now` falls in: today at the rollover hour (local time),
 * or yesterday's when it is earlier than that, so a review at 1 a.m. still counts for the evening
 * before, as in Anki. Uses the time zone of the environment it runs in (the learner's browser).
 *
 * @example
 * learnerDayStart(new Date(2025, 2, 10, 9, 30)); // 10 March 2025, 04:00 local time
 * learnerDayStart(new Date(2025, 2, 10, 1, 0)); // 9 March 2025, 04:00 local time
 */
export function learnerDayStart(now: Date, rolloverHour: number = defaultRolloverHour): Date {
	if (Number.isNaN(now.getTime())) throw new RangeError('learnerDayStart needs a valid date');
	if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
		throw new RangeError(`the rollover hour is a whole hour from 0 to 23, not ${rolloverHour}`);
	}
	const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), rolloverHour);
	if (start.getTime() > now.getTime()) {
		// the day before, at the same local hour (setDate handles month ends and DST)
		start.setDate(start.getDate() - 1);
		start.setHours(rolloverHour, 0, 0, 0);
	}
	return start;
}
