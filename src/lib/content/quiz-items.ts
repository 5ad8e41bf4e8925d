// What the quiz pages need of each question, and how it travels. The build stores each question
// once (issue 15): a file per topic and episode section (/quiz-data/<chunk>.json) with the
// question, its flashcards and where its quote sits in the episode, which needs the whole
// transcript to work out, and one shared file (/quiz-data/context.json) with what many questions
// link to: topic and section titles and the episode's claims with what the paper says. The browser
// checks both against these schemas and resolves each question into a QuizItem with the same
// function the build uses, so the paper links and evidence (worked out from the question itself)
// are never stored twice.
import * as z from 'zod/mini';
import {
	ClaimId,
	TopicId,
	PaperSectionNumber,
	Question,
	SectionId,
	Verdict,
	type EpisodeClaim,
	type Topic
} from './schema';
import {
	PaperPassage,
	paperSectionHref,
	paperSectionTitles,
	paperUrl,
	toPaperPassage
} from './paper';
import { leadIn, locateQuote, type TranscriptSection } from './transcript';

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
	/**
	 * the words spoken just before it, verbatim, which a fact-check shows with it: a quote's "it"
	 * or "this" is understood only with them (leadIn in content/transcript.ts)
	 */
	lead: z.optional(text),
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

/** where a quote sits; the rest of a PassageRef comes from the question and the section titles */
export const StoredPassage = z.object({
	anchor: text,
	wordOffset: count,
	sectionWordOffset: count
});

/** a question as a data file stores it */
export const StoredQuizItem = z.object({
	/** its position in the bank: items from several files come back in bank order */
	n: count,
	question: Question,
	passage: z.optional(StoredPassage),
	/** its flashcards: they differ per question, so they travel with it */
	cards: z.array(CardRef).check(z.minLength(1))
});

/** a prerendered file of questions, /quiz-data/<chunk>.json */
export const QuizChunk = z.object({ chunk: text, items: z.array(StoredQuizItem) });

/** what questions share, prerendered once to /quiz-data/context.json */
export const QuizContext = z.object({
	topics: z.array(z.object({ id: TopicId, title: text })),
	sections: z.array(z.object({ id: SectionId, title: text })),
	/** every claim a question checks or a wrong option repeats */
	claims: z.array(ClaimInfo),
	/** every file of questions, in bank order of their first question */
	chunks: z.array(text)
});

export type CardRef = z.infer<typeof CardRef>;
export type PassageRef = z.infer<typeof PassageRef>;
export type PaperRef = z.infer<typeof PaperRef>;
export type ClaimInfo = z.infer<typeof ClaimInfo>;
export type QuizItem = z.infer<typeof QuizItem>;
export type StoredPassage = z.infer<typeof StoredPassage>;
export type StoredQuizItem = z.infer<typeof StoredQuizItem>;
export type QuizChunk = z.infer<typeof QuizChunk>;
export type QuizContext = z.infer<typeof QuizContext>;

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
	const title = paperSectionTitles[section.split('.')[0] ?? section];
	return { section, ...(title ? { title } : {}), href: paperSectionHref(section) };
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

function claimInfo(sources: Omit<QuizItemSources, 'cardsOf'>, claimId: string): ClaimInfo {
	const claim = sources.claims.find((c) => c.id === claimId);
	if (!claim) throw new Error(`unknown claim ${claimId}`);
	const passage = passageOf(sources, claim.quote, claim.section);
	const lead = leadIn(sources.transcript, claim.quote, claim.section);
	return {
		id: claim.id,
		verdict: claim.verdict,
		quote: claim.quote,
		...(lead ? { lead } : {}),
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

/** what resolving a stored question looks up: the titles and claims its feedback shows */
export interface QuizLookup {
	topicTitle(id: string): string | undefined;
	sectionTitle(id: string): string | undefined;
	claim(id: string): ClaimInfo | undefined;
}

/** the claims questions refer to: those fact-checks check and wrong options repeat, each once */
export function referencedClaimIds(questions: readonly Question[]): string[] {
	return [
		...new Set(
			questions.flatMap((q) =>
				q.type === 'fact-check' ? [q.claim, ...misconceptionIds(q)] : misconceptionIds(q)
			)
		)
	];
}

/**
 * What the build stores of a question: the question itself and, for a quoted one, where the quote
 * sits (which takes the whole transcript to find; the content checks fail the build for a quote
 * the episode does not have).
 */
export function toStoredQuizItem(
	question: Question,
	n: number,
	sources: Pick<QuizItemSources, 'sections' | 'transcript' | 'cardsOf'>
): StoredQuizItem {
	const cards = sources.cardsOf(question.id);
	const quote = question.sources.transcript;
	if (!quote) return { n, question, cards };
	const at = passageOf(sources, quote.text, quote.section);
	if (!at) return { n, question, cards };
	const { anchor, wordOffset, sectionWordOffset } = at;
	return { n, question, passage: { anchor, wordOffset, sectionWordOffset }, cards };
}

/** the shared file: titles, and every claim `questions` refer to, with its passage and § links */
export function toQuizContext(
	sources: Omit<QuizItemSources, 'cardsOf'> & { questions: readonly Question[] },
	chunks: readonly string[]
): QuizContext {
	return {
		topics: sources.topics.map(({ id, title }) => ({ id, title })),
		sections: sources.sections.map(({ id, title }) => ({ id, title })),
		claims: referencedClaimIds(sources.questions).map((id) => claimInfo(sources, id)),
		chunks: [...chunks]
	};
}

/** looks titles and claims up in the shared file */
export function contextLookup(context: QuizContext): QuizLookup {
	const topics = new Map(context.topics.map((t) => [t.id as string, t.title]));
	const sections = new Map(context.sections.map((s) => [s.id as string, s.title]));
	const claims = new Map(context.claims.map((c) => [c.id, c]));
	return {
		topicTitle: (id) => topics.get(id),
		sectionTitle: (id) => sections.get(id),
		claim: (id) => claims.get(id)
	};
}

/** looks titles and claims up in the bank itself, at build time and in tests */
function sourcesLookup(sources: QuizItemSources): QuizLookup {
	return {
		topicTitle: (id) => sources.topics.find((t) => t.id === id)?.title,
		sectionTitle: (id) => sources.sections.find((s) => s.id === id)?.title,
		claim: (id) => (sources.claims.some((c) => c.id === id) ? claimInfo(sources, id) : undefined)
	};
}

/**
 * A stored question with everything its feedback links to: topic title, passage, paper links,
 * evidence and claims. Throws on a topic or claim `lookup` does not know, so a data file from
 * another build is refused rather than shown half-explained.
 *
 * @example
 * resolveQuizItem({ n: 0, question, passage: { anchor: 'p-7', wordOffset: 512, sectionWordOffset: 80 } }, contextLookup(context))
 * // { question, topicTitle: 'Planning in poems', passage: { anchor: 'p-7', section: 'introduction', … }, paper: [{ section: '4', … }], … }
 */
export function resolveQuizItem(
	{ question, passage, cards }: StoredQuizItem,
	lookup: QuizLookup
): QuizItem {
	const topicTitle = lookup.topicTitle(question.topic);
	if (!topicTitle) throw new Error(`${question.id}: unknown topic ${question.topic}`);
	const claim = (id: string) => {
		const found = lookup.claim(id);
		if (!found) throw new Error(`${question.id}: unknown claim ${id}`);
		return found;
	};
	const quote = question.sources.transcript;
	return {
		question,
		topicTitle,
		...(quote && passage
			? {
					passage: {
						anchor: passage.anchor,
						section: quote.section,
						sectionTitle: lookup.sectionTitle(quote.section) ?? quote.section,
						quote: quote.text,
						wordOffset: passage.wordOffset,
						sectionWordOffset: passage.sectionWordOffset
					}
				}
			: {}),
		paper: question.sources.paper.map(paperRef),
		evidence: (question.sources.evidence ?? []).map(toPaperPassage),
		...(question.type === 'fact-check' ? { claim: claim(question.claim) } : {}),
		misconceptions: misconceptionIds(question).map(claim),
		cards
	};
}

/**
 * Everything the client needs to ask a question and explain its answer, straight from the bank:
 * what {@link resolveQuizItem} makes of the stored question. Throws on a claim or topic the
 * sources do not have, so a broken reference fails the build.
 *
 * @example
 * toQuizItem(question, { topics, sections, claims, transcript, cardsOf })
 * // { question, topicTitle: 'Planning in poems', passage: { anchor: 'p-7', … }, paper: [{ section: '4', … }], misconceptions: [], cards: [{ id, front }] }
 */
export function toQuizItem(question: Question, sources: QuizItemSources): QuizItem {
	return resolveQuizItem(toStoredQuizItem(question, 0, sources), sourcesLookup(sources));
}
