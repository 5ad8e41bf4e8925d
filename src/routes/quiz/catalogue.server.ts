// The quiz sets, built once from the bank at build time for the pages under /quiz.
import { claims, questions, sections, topics, transcript } from '$lib/content';
import { leadIn } from '$lib/content/transcript';
import { defaultSettings } from '$lib/model/defaults';
import {
	chunksForSet,
	repairSetId,
	retrySetId,
	setCatalogue,
	setTitleOf,
	type SetInfo
} from '$lib/quiz/catalogue';
import { quizLengthChoices } from '$lib/quiz/length';
import { openingScreen, type OpeningScreen } from '$lib/quiz/opening';
import { withDepth } from '$lib/quiz/sets';
import type { QuizLength } from '$lib/model/schema';

export const catalogue: SetInfo[] = setCatalogue({ questions, topics, sections });

/** what a page of one set needs before its questions arrive */
export interface SetPage extends SetInfo {
	/** the files under /quiz-data/ that hold its questions */
	chunks: string[];
	/**
	 * what a new attempt shows first, at the depth the page opens at and a new learner's length:
	 * in the page's HTML before any script runs (issue 15); none for the sets that depend on the
	 * learner (mistakes, repair, retry)
	 */
	opening?: OpeningScreen;
}

const titleOf = (id: string) => setTitleOf(id, { topics, sections }) ?? id;
const retry: SetInfo = { id: retrySetId, group: 'retry', title: titleOf(retrySetId) };
const repair: SetInfo = { id: repairSetId, group: 'repair', title: titleOf(repairSetId) };
/** the sets with a page but no place in the menu */
const offMenu = [retry, repair];

/** the set pages to prerender: every set, the retry of missed questions and the repair quiz */
export const setPageEntries = () => [...catalogue, ...offMenu].map((set) => ({ set: set.id }));

export function setPage(
	setId: string,
	/** with the first question a new attempt shows: the quiz page has it, its results page not */
	{ withOpening = true } = {}
): SetPage | undefined {
	const info = offMenu.find((s) => s.id === setId) ?? catalogue.find((s) => s.id === setId);
	const chunks = chunksForSet(setId, questions);
	if (!info || !chunks) return undefined;
	const opening = withOpening ? openingOf(info) : undefined;
	return { ...info, chunks, ...(opening ? { opening } : {}) };
}

/**
 * The opening screen of a new attempt at a set, as QuizTaker begins one when the address asks for
 * no depth: at the set's start depth (a mixed set: every depth), a new learner's length.
 */
export function openingOf(set: SetInfo): OpeningScreen | undefined {
	const at = (length: QuizLength) =>
		openingScreen(set.depths ? withDepth(set.id, set.startDepth) : set.id, {
			questions,
			claimQuote: (id) => claims.find((claim) => claim.id === id)?.quote,
			claimLead: (id) => {
				const claim = claims.find((c) => c.id === id);
				return claim && leadIn(transcript, claim.quote, claim.section);
			},
			length
		});
	const opening = at(defaultSettings.quizLength);
	if (!opening) return undefined;
	// the same question opens at every length (openingQuestionId), only the count differs
	const totals = quizLengthChoices.map(({ value }) => [String(value), at(value)?.total] as const);
	return totals.every(([, total]) => total === opening.total)
		? opening
		: { ...opening, totals: Object.fromEntries(totals) };
}
