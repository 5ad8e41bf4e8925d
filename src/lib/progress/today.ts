// What the home page's Today offers: what is due, the quizzes left halfway, the misconceptions to
// repair, one suggested next step, the streak and today's work. Every decision is made here, from
// the stored data and the bank's outline; the page only shows it.
import type { CardOutline } from '../content/flashcard-items';
import type { Depth } from '../content/schema';
import type { AppData, Attempt } from '../model/schema';
import { dayNumber, type UtcOffset } from '../calendar/study-day';
import { depthSizes, depthTitles, nextDepthShare, startingDepth } from '../quiz/depth';
import { claimsToRepair } from '../quiz/repair';
import { lastAttempts } from '../quiz/sets';
import { unfinishedQuizzes, type UnfinishedQuiz } from '../quiz/unfinished';
import { missedPastLimit, type QueueView } from '../srs/review-queue';
import { activityByDay, streaks, type Streaks } from './activity';
import { masteryByTopic, type MasteryGroup } from './mastery';
import type { TodayMeta, TodayQuestion } from './today-meta';

/** the three depths a set is quizzed at, as the learner reads them (the quiz's own names) */
export { depthTitles };

/**
 * the share of a depth's questions right at their last answer from which the next depth is
 * suggested: the same mark as a quiz's results use to suggest it
 * @default 0.8
 */
export const depthPassMark = nextDepthShare;

export interface Suggestion {
	kind: 'section' | 'topic';
	/** the set to take, e.g. "section-closing" */
	setId: string;
	title: string;
	depth: Depth;
	/** 0 to 1, as the progress page measures a topic's */
	mastery: number;
	/** the group's questions answered at least once, and all of them */
	answered: number;
	questions: number;
}

export interface DueSummary {
	/** the cards /review would show now: learning, reviews and new, within today's limits */
	count: number;
	counts: QueueView['counts'];
	/** cards ready but held back by today's limits */
	overLimit: QueueView['overLimit'];
	/** when the next card not yet due is, when nothing is (ISO) */
	nextDueAt?: string;
	/** the new cards of today's misses past the new-card limit, and the limit (as /review says) */
	missedPastLimit?: { missed: number; limit: number };
}

export interface TodayPlan {
	/** nothing answered, reviewed or started yet: the page offers the first quiz */
	firstVisit: boolean;
	due: DueSummary;
	unfinished: UnfinishedQuiz[];
	/** the episode's distortions fallen for and not answered right since */
	repair: number;
	/** the weakest section or topic, at the depth to take next; none once all are mastered */
	suggestion?: Suggestion;
	streaks: Streaks;
	/** flashcard reviews and quiz answers since the study day began */
	reviewsToday: number;
	answersToday: number;
}

/**
 * The depth to quiz a group at next: the first depth (1, 2, 3) whose questions are not yet right
 * at their last answer for at least {@link depthPassMark} of them; undefined when every depth is.
 *
 * @example
 * nextDepth([{ id: 'a', depth: 1 }, { id: 'b', depth: 2 }], lastAttempts(attempts)) // 2 when a was right
 */
export function nextDepth(
	questions: readonly Pick<TodayQuestion, 'id' | 'depth'>[],
	last: ReadonlyMap<string, Attempt>
): Depth | undefined {
	for (const depth of [1, 2, 3] as const) {
		const at = questions.filter((q) => q.depth === depth);
		if (at.length === 0) continue;
		const right = at.filter((q) => last.get(q.id)?.correct === true).length;
		if (right / at.length < depthPassMark) return depth;
	}
	return undefined;
}

/**
 * The one next step: of the episode's sections (in episode order) and then the topics, the one
 * with the weakest mastery (untouched counts as none), among those with a depth left to master,
 * at that depth, from the depth its quiz page opens at (a topic skips a depth too thin to start
 * on, see `startingDepth`). Ties go to the first: an episode section before a topic.
 *
 * @example
 * suggestNext(data, meta, cards) // { kind: 'section', setId: 'section-introduction', depth: 1, … }
 */
export function suggestNext(
	data: Pick<AppData, 'attempts' | 'reviewLog' | 'cards'>,
	meta: TodayMeta,
	cards: readonly CardOutline[]
): Suggestion | undefined {
	// keyed by set id: a section and a topic never share one
	const groups: (MasteryGroup & { kind: Suggestion['kind']; setId: string })[] = [
		...meta.sections.map((s) => ({
			id: `section-${s.id}`,
			kind: 'section' as const,
			setId: `section-${s.id}`,
			title: s.title,
			questionIds: meta.questions.filter((q) => q.section === s.id).map((q) => q.id),
			cardIds: cards.filter((c) => c.section === s.id).map((c) => c.id)
		})),
		...meta.topics.map((t) => ({
			id: `topic-${t.id}`,
			kind: 'topic' as const,
			setId: `topic-${t.id}`,
			title: t.title,
			questionIds: meta.questions.filter((q) => q.topic === t.id).map((q) => q.id),
			cardIds: cards.filter((c) => c.topic === t.id).map((c) => c.id)
		}))
	].filter((g) => g.questionIds.length > 0);
	const last = lastAttempts(data.attempts);
	const depthOf = new Map(meta.questions.map((q) => [q.id, q.depth]));
	// masteryByTopic sorts weakest first, keeping the given order among equals
	for (const row of masteryByTopic(data, groups)) {
		const group = groups.find((g) => g.id === row.topic);
		if (!group) continue;
		const asked = group.questionIds.map((id) => ({ id, depth: depthOf.get(id) ?? 1 }));
		// from the depth its quiz page opens at: a topic's depth of one or two questions is no quiz
		const from = startingDepth(group.kind, depthSizes(asked)) ?? 1;
		const depth = nextDepth(
			asked.filter((q) => q.depth >= from),
			last
		);
		if (depth === undefined) continue;
		return {
			kind: group.kind,
			setId: group.setId,
			title: group.title,
			depth,
			mastery: row.mastery,
			answered: row.answered,
			questions: row.questions
		};
	}
	return undefined;
}

export interface TodayInput {
	data: AppData;
	meta: TodayMeta;
	/** every card of the bank, with its topic and section */
	cards: readonly CardOutline[];
	/** the due queue as /review opens on it (srs `dueToday`), worked out once for the page and the badge */
	due: QueueView;
	now: Date;
	/** the learner's offset from UTC in minutes, so the day turns at their 04:00 */
	utcOffsetMinutes: UtcOffset;
}

/**
 * Everything Today shows, decided in one call.
 *
 * @example
 * todayPlan({ data, meta, cards, due: dueToday({ bankCards: cards, data, now }), now, utcOffsetMinutes: 60 })
 * // { firstVisit: false, due: { count: 14, … }, unfinished: [], repair: 2, suggestion: { … }, … }
 */
export function todayPlan({
	data,
	meta,
	cards,
	due,
	now,
	utcOffsetMinutes
}: TodayInput): TodayPlan {
	const activity = activityByDay(data, utcOffsetMinutes);
	const today = dayNumber(now.getTime(), utcOffsetMinutes);
	const todays = activity.find((a) => a.day === today);
	const suggestion = suggestNext(data, meta, cards);
	const pastLimit = missedPastLimit(due);
	return {
		firstVisit:
			data.attempts.length === 0 &&
			data.reviewLog.length === 0 &&
			data.finishedQuizzes.length === 0 &&
			data.activeQuizzes.every((q) => q.attempts.length === 0),
		due: {
			count: due.queue.length,
			counts: due.counts,
			overLimit: due.overLimit,
			...(due.nextDueAt === undefined ? {} : { nextDueAt: due.nextDueAt }),
			...(pastLimit ? { missedPastLimit: pastLimit } : {})
		},
		unfinished: unfinishedQuizzes(data.activeQuizzes),
		repair: claimsToRepair(data.attempts, meta.claims).length,
		...(suggestion ? { suggestion } : {}),
		streaks: streaks(
			activity.map((a) => a.day),
			today
		),
		reviewsToday: todays?.reviews ?? 0,
		answersToday: todays?.answers ?? 0
	};
}
