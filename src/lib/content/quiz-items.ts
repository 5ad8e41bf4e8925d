// What the quiz pages need of each question, worked out at build time: where its quote sits in
// the episode (the transcript page's paragraph anchor and how many words come before it), the
// paper sections with links, and for fact-checks and misconceptions the claim and what the paper
// says. The values are prerendered into JSON, which the browser checks against these schemas.
import * as z from 'zod/mini';
import {
	ClaimId,
	PaperSectionNumber,
	Question,
	SectionId,
	Verdict,
	type EpisodeClaim,
	type Topic
} from './schema';
import { PaperPassage, paperAnchors, paperSectionTitles, paperUrl, toPaperPassage } from './paper';
import { locateQuote, type TranscriptSection } from './transcript';

export { paperUrl };

const text = z.string().check(z.minLength(1));
const count = z.number().check(z.int(), z.nonnegative());

/** a passage of the episode: where a quote sits on the transcript page and in time */
export const PassageRef = z.object({
	/** the paragraph's anchor on /transcript, e.g. p-12 */
	anchor: text,
	section: SectionId,
	sectionTitle: text,
	/** the words quoted, verbatim */
	quote: text,
	/** words spoken before the quote, from the start of the episode */
	wordOffset: count,
	/** words spoken before the quote, from the start of its section */
	sectionWordOffset: count
});

/** a section of the paper, with a link to it */
export const PaperRef = z.object({
	/** the § number, e.g. "4" or "15.3" */
	section: PaperSectionNumber,
	/** the heading of the section (of its parent for a subsection), when known */
	title: z.optional(text),
	href: text
});

/** an episode claim, as feedback shows it */
export const ClaimInfo = z.object({
	id: ClaimId,
	verdict: Verdict,
	/** what the episode said, verbatim */
	quote: text,
	passage: z.optional(PassageRef),
	/** what the paper actually says, in the project's words */
	paperSays: text,
	paper: z.array(PaperRef)
});

/** a flashcard as the feedback names it */
export const CardRef = z.object({ id: text, front: text });

/** one question and everything its feedback links to */
export const QuizItem = z.object({
	question: Question,
	topicTitle: text,
	/** the passage of the episode the question comes from */
	passage: z.optional(PassageRef),
	paper: z.array(PaperRef),
	/** the paper's own words that settle the key, with links that highlight them */
	evidence: z.array(PaperPassage),
	/** for a fact-check: the claim whose quote is shown, and whose verdict is the answer */
	claim: z.optional(ClaimInfo),
	/** the claims that wrong options (or a false statement) repeat */
	misconceptions: z.array(ClaimInfo),
	/** the flashcards a miss brings into review (a card made from the question when none is related) */
	cards: z.array(CardRef).check(z.minLength(1))
});

/** a prerendered quiz data file, /quiz-data/<file>.json */
export const QuizData = z.object({ file: text, items: z.array(QuizItem) });

export type CardRef = z.infer<typeof CardRef>;
export type PassageRef = z.infer<typeof PassageRef>;
export type PaperRef = z.infer<typeof PaperRef>;
export type ClaimInfo = z.infer<typeof ClaimInfo>;
export type QuizItem = z.infer<typeof QuizItem>;
export type QuizData = z.infer<typeof QuizData>;

export interface QuizItemSources {
	topics: readonly Pick<Topic, 'id' | 'title'>[];
	sections: readonly { id: SectionId; title: string }[];
	claims: readonly EpisodeClaim[];
	transcript: readonly TranscriptSection[];
	/** the flashcards of a question (quiz/question-cards.ts works them out) */
	cardsOf: (questionId: string) => CardRef[];
}

/**
 * The link to a section of the paper.
 *
 * @example
 * paperRef('4') // { section: '4', title: 'Planning in poems', href: 'https://…/biology.html#dives-poems' }
 * paperRef('15.3') // { section: '15.3', title: 'Discussion', href: 'https://…/biology.html' }
 */
export function paperRef(section: string): PaperRef {
	const top = section.split('.')[0] ?? section;
	const anchor = paperAnchors[section] ?? (section === top ? undefined : paperAnchors[top]);
	const title = paperSectionTitles[top];
	return {
		section,
		...(title ? { title } : {}),
		href: anchor ? `${paperUrl}#${anchor}` : paperUrl
	};
}

/**
 * Where a quote sits: its paragraph anchor and word offsets. Undefined when the quote is not in
 * the transcript (the content checks make that a build failure for the bank).
 */
export function passageOf(
	{ sections, transcript }: Pick<QuizItemSources, 'sections' | 'transcript'>,
	quote: string,
	section?: SectionId
): PassageRef | undefined {
	const at = locateQuote(transcript as TranscriptSection[], quote, section);
	if (!at) return undefined;
	const sectionTitle = sections.find((s) => s.id === at.section)?.title ?? at.section;
	return {
		anchor: at.paragraphId,
		section: at.section,
		sectionTitle,
		quote,
		wordOffset: at.wordOffset,
		sectionWordOffset: at.sectionWordOffset
	};
}

function claimInfo(sources: QuizItemSources, claimId: string): ClaimInfo {
	const claim = sources.claims.find((c) => c.id === claimId);
	if (!claim) throw new Error(`unknown claim ${claimId}`);
	const passage = passageOf(sources, claim.quote, claim.section);
	return {
		id: claim.id,
		verdict: claim.verdict,
		quote: claim.quote,
		...(passage ? { passage } : {}),
		paperSays: claim.paperSays,
		paper: claim.paperSections.map(paperRef)
	};
}

/** the claims a question's wrong answers repeat, each once, in option order */
function misconceptionIds(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'multi':
			return [
				...new Set(question.options.flatMap((o) => (o.misconception ? [o.misconception] : [])))
			];
		case 'true-false':
			return question.misconception ? [question.misconception] : [];
		default:
			return [];
	}
}

/**
 * Everything the client needs to ask a question and explain its answer. Throws on a claim or
 * topic the sources do not have, so a broken reference fails the build.
 *
 * @example
 * toQuizItem(question, { topics, sections, claims, transcript, cardsOf })
 * // { question, topicTitle: 'Planning in poems', passage: { anchor: 'p-7', … }, paper: [{ section: '4', … }], misconceptions: [], cards: [{ id, front }] }
 */
export function toQuizItem(question: Question, sources: QuizItemSources): QuizItem {
	const topic = sources.topics.find((t) => t.id === question.topic);
	if (!topic) throw new Error(`${question.id}: unknown topic ${question.topic}`);
	const quote = question.sources.transcript;
	const passage = quote ? passageOf(sources, quote.text, quote.section) : undefined;
	const claim = question.type === 'fact-check' ? claimInfo(sources, question.claim) : undefined;
	return {
		question,
		topicTitle: topic.title,
		...(passage ? { passage } : {}),
		paper: question.sources.paper.map(paperRef),
		evidence: (question.sources.evidence ?? []).map(toPaperPassage),
		...(claim ? { claim } : {}),
		misconceptions: misconceptionIds(question).map((id) => claimInfo(sources, id)),
		cards: sources.cardsOf(question.id)
	};
}
