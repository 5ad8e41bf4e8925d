// everything the progress page shows, derived in one call from the stored data and the bank's metadata.
import { dueForecast, trueRetentionByWeek, type WeekRetention } from '../srs/stats';
import type { AppData } from '../model/schema';
import { activityByDay, heatmap, streaks, type Heatmap, type Streaks } from './activity';
import { calibration, type CalibrationRow } from './calibration';
import { dayNumber, type UtcOffset } from '../calendar/study-day';
import { forecastDays, forecastHorizonDays, type ForecastDay } from './forecast';
import { scoreHistory, type ScoreHistory } from './history';
import { masteryByTopic, type TopicMastery } from './mastery';
import type { ProgressMeta } from './meta';
import { misconceptions, type MisconceptionReport } from './misconceptions';
import { pastQuizzes, type PastQuiz } from './past-quizzes';
import { setTitle } from './sets';
import { totals, type Totals } from './totals';

export interface ReportOptions {
	now: Date;
	/** the learner's offset from UTC in minutes (60 for UTC+1), so days turn at their midnight */
	utcOffsetMinutes: UtcOffset;
	/**
	 * weeks in the heatmap
	 * @default 26
	 */
	heatmapWeeks?: number;
	/**
	 * days in the due forecast
	 * @default forecastHorizonDays, enough for its longest range
	 */
	forecastDays?: number;
}

export interface ProgressReport {
	/** no answer and no review yet: the page invites the first quiz instead of drawing empty axes */
	empty: boolean;
	totals: Totals & { studyDays: number };
	streaks: Streaks;
	history: ScoreHistory;
	/** every finished quiz, newest first, with a link to its results */
	pastQuizzes: PastQuiz[];
	mastery: TopicMastery[];
	heatmap: Heatmap;
	/** cards due on each of the next days; the first includes every overdue card */
	forecast: ForecastDay[];
	retention: WeekRetention[];
	calibration: CalibrationRow[];
	misconceptions: MisconceptionReport;
}

/**
 * The whole progress report. The caller reads the clock and the time zone, at the edge.
 *
 * @example
 * progressReport(data, meta, { now: clock(), utcOffsetMinutes: 60 })
 */
export function progressReport(
	data: AppData,
	meta: ProgressMeta,
	options: ReportOptions
): ProgressReport {
	const { now, utcOffsetMinutes, heatmapWeeks = 26 } = options;
	const today = dayNumber(now.getTime(), utcOffsetMinutes);
	const activity = activityByDay(data, utcOffsetMinutes);
	const forecast = forecastDays(
		dueForecast(data.cards, now, options.forecastDays ?? forecastHorizonDays, utcOffsetMinutes),
		today
	);
	return {
		empty:
			data.attempts.length === 0 &&
			data.reviewLog.length === 0 &&
			data.finishedQuizzes.length === 0,
		totals: { ...totals(data), studyDays: activity.length },
		streaks: streaks(
			activity.map((a) => a.day),
			today
		),
		history: scoreHistory(data.finishedQuizzes, (id) => setTitle(id, meta), utcOffsetMinutes),
		pastQuizzes: pastQuizzes(data.finishedQuizzes, (id) => setTitle(id, meta)),
		mastery: masteryByTopic(data, meta.topics),
		heatmap: heatmap(activity, today, heatmapWeeks),
		forecast,
		retention: trueRetentionByWeek(data.reviewLog, { utcOffsetMinutes }),
		calibration: calibration(data.attempts),
		misconceptions: misconceptions(data.attempts, meta.claims)
	};
}
