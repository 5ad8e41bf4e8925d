// What the review and card pages need of each flashcard, resolved at build time: the transcript
// paragraph its quote is in, the titles of its topic and paper sections. Pure: the bank is passed
// in, so this module reads no file and the client may import its types.
import type { Difficulty, EpisodeSection, Flashcard, SectionId, Topic, TopicId } from './schema';
import { paperSectionTitles, paperUrl } from './paper';
import { locateQuote, type TranscriptSection } from './transcript';

export { paperUrl };

export interface TranscriptSource {
	section: SectionId;
	sectionTitle: string;
	/** verbatim from the episode */
	quote: string;
	/** the paragraph that holds it: /transcript#p-N */
	paragraphId: string;
}

export interface PaperSource {
	/** "4", "15.3" */
	section: string;
	/** the title of its top-level section, "Planning in poems" */
	title: string;
}

export interface FlashcardItem {
	id: string;
	topic: TopicId;
	difficulty: Difficulty;
	kind: Flashcard['kind'];
	front: string;
	back: string;
	explanation: string;
	/** for contrast cards, the episode claim being corrected */
	claim?: string;
	transcript?: TranscriptSource;
	paper: PaperSource[];
}

export interface FlashcardTopic {
	id: TopicId;
	title: string;
}

/** the body of /cards-data/cards.json */
export interface FlashcardsPayload {
	paperUrl: string;
	/** in bank order, only those with cards */
	topics: FlashcardTopic[];
	/** in bank order: topic by topic, as the bank files list them */
	cards: FlashcardItem[];
}

export interface FlashcardItemsInput {
	flashcards: readonly Flashcard[];
	topics: readonly Topic[];
	sections: readonly EpisodeSection[];
	transcript: TranscriptSection[];
}

/** the paper § with the title of its top-level section; throws on a § the paper does not have */
export function paperSource(section: string): PaperSource {
	const top = section.split('.')[0] ?? section;
	const title = paperSectionTitles[top];
	if (title === undefined) throw new Error(`the paper has no section ${section}`);
	return { section, title };
}

/**
 * Turns the bank's flashcards into what the client shows. Throws when a quote is not found in the
 * transcript, so a card whose link would point nowhere fails the build.
 *
 * @example
 * const payload = toFlashcardsPayload({ flashcards, topics, sections, transcript });
 * payload.cards[0].transcript?.paragraphId; // 'p-41'
 */
export function toFlashcardsPayload(input: FlashcardItemsInput): FlashcardsPayload {
	const { flashcards, topics, sections, transcript } = input;
	const sectionTitles = new Map(sections.map((s) => [s.id, s.title]));
	const cards = flashcards.map((card): FlashcardItem => {
		const item: FlashcardItem = {
			id: card.id,
			topic: card.topic,
			difficulty: card.difficulty,
			kind: card.kind,
			front: card.front,
			back: card.back,
			explanation: card.explanation,
			paper: card.sources.paper.map(paperSource)
		};
		if (card.claim !== undefined) item.claim = card.claim;
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
	});
	const used = new Set(cards.map((c) => c.topic));
	return {
		paperUrl,
		topics: topics.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, title: t.title })),
		cards
	};
}
