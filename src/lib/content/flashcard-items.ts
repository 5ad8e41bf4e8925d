// What the review and card pages need of each flashcard, resolved at build time: the transcript
// paragraph its quote is in, the titles of its topic and paper sections, the paper's own words.
// Pure: the bank is passed in, so this module reads no file; the browser checks the prerendered
// file against these same schemas. The file stores each evidence passage as the bank has it (its
// § and words); the browser adds the § title and the link that highlights it with the function
// the build would use (issue 15: about a quarter of the file was those links).
import * as z from 'zod/mini';
import {
	Difficulty,
	FlashcardKind,
	PaperEvidence,
	PaperSectionNumber,
	SectionId,
	TopicId
} from './fields';
import type { EpisodeSection, Flashcard, Topic } from './schema';
import { PaperPassage, paperSectionTitles, paperUrl, toPaperPassage } from './paper';
import { locateQuote, type TranscriptSection } from './transcript';

export { paperUrl };

const text = z.string().check(z.minLength(1));

export const TranscriptSource = z.object({
	section: SectionId,
	sectionTitle: text,
	/** verbatim from the episode */
	quote: text,
	/** the paragraph that holds it: /transcript#p-N */
	paragraphId: text
});

export const PaperSource = z.object({
	/** "4", "15.3", "6.1.1" */
	section: PaperSectionNumber,
	/** the title of its top-level section, "Planning in Poems" */
	title: text
});

export const FlashcardItem = z.object({
	id: text,
	topic: TopicId,
	difficulty: Difficulty,
	kind: FlashcardKind,
	front: text,
	back: text,
	explanation: text,
	/** for contrast cards, the episode claim being corrected */
	claim: z.optional(text),
	transcript: z.optional(TranscriptSource),
	paper: z.array(PaperSource),
	/** the paper's own words that settle the card, with a link that highlights them */
	evidence: z.array(PaperPassage),
	/** the quiz questions whose miss brings this card into review */
	questions: z.optional(z.array(text))
});

export const FlashcardTopic = z.object({ id: TopicId, title: text });

/** the body of /cards-data/cards.json */
export const FlashcardsPayload = z.object({
	paperUrl: text,
	/** in bank order, only those with cards */
	topics: z.array(FlashcardTopic),
	/** in bank order: topic by topic, as the bank files list them */
	cards: z.array(FlashcardItem),
	/**
	 * cards made from quiz questions no bank card covers: part of a learner's deck only once a
	 * miss has brought them in (they then have a stored state)
	 */
	derived: z.array(FlashcardItem)
});

/** what counting the due cards needs of each card: /cards-data/bank.json, small enough for every page */
export const CardOutline = z.object({
	id: text,
	topic: TopicId,
	difficulty: Difficulty,
	/** the episode section its quote is in, if it quotes the episode */
	section: z.optional(SectionId),
	/** the quiz questions whose miss brings this card into review */
	questions: z.optional(z.array(text))
});

/** the body of /cards-data/bank.json */
export const CardOutlinesPayload = z.object({
	/** every card of the bank, in bank order */
	cards: z.array(CardOutline),
	/** the cards made from quiz questions: in a learner's deck once a miss brought them in */
	derived: z.array(CardOutline)
});

export type CardOutline = z.infer<typeof CardOutline>;
export type CardOutlinesPayload = z.infer<typeof CardOutlinesPayload>;

/** a card as /cards-data/cards.json stores it: its evidence as the bank has it */
export const StoredFlashcard = z.object({
	...z.omit(FlashcardItem, { evidence: true }).shape,
	evidence: z.array(PaperEvidence)
});

/** the body of /cards-data/cards.json, as stored */
export const StoredFlashcards = z.object({
	paperUrl: text,
	topics: z.array(FlashcardTopic),
	cards: z.array(StoredFlashcard),
	derived: z.array(StoredFlashcard)
});

export type TranscriptSource = z.infer<typeof TranscriptSource>;
export type PaperSource = z.infer<typeof PaperSource>;
export type FlashcardItem = z.infer<typeof FlashcardItem>;
export type FlashcardTopic = z.infer<typeof FlashcardTopic>;
export type FlashcardsPayload = z.infer<typeof FlashcardsPayload>;
export type StoredFlashcard = z.infer<typeof StoredFlashcard>;
export type StoredFlashcards = z.infer<typeof StoredFlashcards>;

export interface FlashcardItemsInput {
	flashcards: readonly Flashcard[];
	topics: readonly Topic[];
	sections: readonly EpisodeSection[];
	transcript: TranscriptSection[];
	/** cards made from quiz questions (quiz/question-cards.ts) */
	derived?: readonly Flashcard[];
	/** by card id: the questions whose miss brings it in */
	questionsOf?: ReadonlyMap<string, readonly string[]>;
}

/** the paper § with the title of its top-level section; throws on a § the paper does not have */
export function paperSource(section: string): PaperSource {
	const top = section.split('.')[0] ?? section;
	const title = paperSectionTitles[top];
	if (title === undefined) throw new Error(`the paper has no section ${section}`);
	return { section, title };
}

/**
 * Turns the bank's flashcards into what the build stores. Throws when a quote is not found in the
 * transcript, so a card whose link would point nowhere fails the build.
 *
 * @example
 * const stored = toStoredFlashcards({ flashcards, topics, sections, transcript });
 * stored.cards[0].transcript?.paragraphId; // 'p-41'
 */
export function toStoredFlashcards(input: FlashcardItemsInput): StoredFlashcards {
	const { flashcards, topics, sections, transcript, derived = [], questionsOf } = input;
	const sectionTitles = new Map(sections.map((s) => [s.id, s.title]));
	const toItem = (card: Flashcard): StoredFlashcard => {
		const item: StoredFlashcard = {
			id: card.id,
			topic: card.topic,
			difficulty: card.difficulty,
			kind: card.kind,
			front: card.front,
			back: card.back,
			explanation: card.explanation,
			paper: card.sources.paper.map(paperSource),
			evidence: (card.sources.evidence ?? []).map(({ section, text }) => ({ section, text }))
		};
		if (card.claim !== undefined) item.claim = card.claim;
		const questions = questionsOf?.get(card.id);
		if (questions !== undefined && questions.length > 0) item.questions = [...questions];
		const quote = card.sources.transcript;
		if (quote !== undefined) {
			const location = locateQuote(transcript, quote.text, quote.section);
			if (location === undefined) {
				throw new Error(
					`flashcard ${card.id}: its quote is not in the ${quote.section} section of the transcript`
				);
			}
			item.transcript = {
				section: quote.section,
				sectionTitle: sectionTitles.get(quote.section) ?? quote.section,
				quote: quote.text,
				paragraphId: location.paragraphId
			};
		}
		return item;
	};
	const cards = flashcards.map(toItem);
	const used = new Set([...cards, ...derived].map((c) => c.topic));
	return {
		paperUrl,
		topics: topics.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, title: t.title })),
		cards,
		derived: derived.map(toItem)
	};
}

/**
 * The stored cards as the pages show them: each evidence passage with its § title and its link.
 *
 * @example
 * resolveFlashcards(stored).cards[0].evidence[0].href // 'https://…/biology.html#:~:text=…'
 */
export function resolveFlashcards(stored: StoredFlashcards): FlashcardsPayload {
	const resolve = (card: StoredFlashcard): FlashcardItem => ({
		...card,
		evidence: card.evidence.map(toPaperPassage)
	});
	return { ...stored, cards: stored.cards.map(resolve), derived: stored.derived.map(resolve) };
}

/** What the pages show of the bank's flashcards, straight from the bank (the build and tests). */
export const toFlashcardsPayload = (input: FlashcardItemsInput): FlashcardsPayload =>
	resolveFlashcards(toStoredFlashcards(input));
