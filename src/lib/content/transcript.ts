import type { EpisodeSection, SectionId } from './schema';

export interface TranscriptParagraph {
	/** stable anchor, e.g. p-12: the paragraph's position in the whole episode */
	id: string;
	section: SectionId;
	text: string;
	/** words spoken before this paragraph, from the start of the episode */
	wordOffset: number;
}

export interface TranscriptSection {
	id: SectionId;
	title: string;
	paragraphs: TranscriptParagraph[];
}

export interface QuoteLocation {
	section: SectionId;
	paragraphId: string;
	/** words spoken before the quote, from the start of the episode */
	wordOffset: number;
	/** words spoken before the quote, from the start of its section */
	sectionWordOffset: number;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Splits the transcript into its `### ` sections and blank-line paragraphs.
 * Throws when a heading is not one of the known sections, so a changed seed fails loudly.
 */
export function parseTranscript(raw: string, sections: EpisodeSection[]): TranscriptSection[] {
	const result: TranscriptSection[] = [];
	let current: TranscriptSection | undefined;
	let words = 0;
	let index = 0;
	for (const block of raw.split(/\n/)) {
		const line = block.trim();
		if (line === '') continue;
		if (line.startsWith('### ')) {
			const title = line.slice(4).trim();
			const section = sections.find((s) => s.title === title);
			if (!section) throw new Error(`transcript heading "${title}" is not a known episode section`);
			current = { id: section.id, title, paragraphs: [] };
			result.push(current);
			continue;
		}
		if (!current) throw new Error('transcript text before the first section heading');
		index += 1;
		current.paragraphs.push({
			id: `p-${index}`,
			section: current.id,
			text: line,
			wordOffset: words
		});
		words += countWords(line);
	}
	return result;
}

/** Finds the paragraph that holds `quote` verbatim, within `section` when given. */
export function locateQuote(
	transcript: TranscriptSection[],
	quote: string,
	section?: SectionId
): QuoteLocation | undefined {
	for (const s of transcript) {
		if (section && s.id !== section) continue;
		const sectionStart = s.paragraphs[0]?.wordOffset ?? 0;
		for (const p of s.paragraphs) {
			const at = p.text.indexOf(quote);
			if (at === -1) continue;
			const wordOffset = p.wordOffset + countWords(p.text.slice(0, at));
			return {
				section: s.id,
				paragraphId: p.id,
				wordOffset,
				sectionWordOffset: wordOffset - sectionStart
			};
		}
	}
	return undefined;
}

/** a paragraph's sentences: a full stop inside a number ("Claude 3.5 Haiku") ends none */
const sentencesOf = (text: string): string[] =>
	text
		.split(/(?<=[.!?]["”’)]?)\s+/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The words spoken just before `quote`, verbatim: the start of its sentence, and whole sentences
 * before it (from the paragraphs before, when it opens one) until there are `minWords`, at most
 * `maxSentences`. A paragraph is a speaker's turn: turns are kept apart by a line break, so two
 * hosts are never read as one. A quote that says "it" or "this" is understood only with them: “It's like it
 * knows when to adapt its reasoning…” is about the addition circuitry the sentence before names.
 * Undefined for a quote not in the transcript, or at the very start of its section.
 *
 * @example
 * leadIn(transcript, "It's like it knows when to adapt its reasoning based on the situation at hand.", 'key-concepts-2')
 * // "Right? And the way they demonstrated that the same addition circuitry is applicable across different contexts really emphasizes the model's flexibility."
 */
export function leadIn(
	transcript: readonly TranscriptSection[],
	quote: string,
	section?: SectionId,
	{ minWords = 12, maxSentences = 3 } = {}
): string | undefined {
	const at = locateQuote(transcript as TranscriptSection[], quote, section);
	if (!at) return undefined;
	const paragraphs = transcript.find((s) => s.id === at.section)?.paragraphs ?? [];
	const index = paragraphs.findIndex((p) => p.id === at.paragraphId);
	const paragraph = paragraphs[index];
	if (!paragraph) return undefined;
	const start = paragraph.text.indexOf(quote);
	// the sentences before the quote's in its paragraph, and the part of its own before it; then
	// those of the paragraphs before, each a speaker's turn, kept apart by a line break
	let words = 0;
	let sentences = 0;
	const enough = () => words >= minWords || sentences >= maxSentences;
	const takeFrom = (list: readonly string[]): string[] => {
		const taken: string[] = [];
		for (let i = list.length - 1; i >= 0 && !enough(); i--) {
			const sentence = list[i] ?? '';
			taken.unshift(sentence);
			words += wordsIn(sentence);
			if (/[.!?]["”’)]?$/.test(sentence)) sentences++;
		}
		return taken;
	};
	const turns = [takeFrom(sentencesOf(paragraph.text.slice(0, start)))];
	for (let p = index - 1; p >= 0 && !enough(); p--)
		turns.unshift(takeFrom(sentencesOf(paragraphs[p]?.text ?? '')));
	const lead = turns
		.filter((turn) => turn.length > 0)
		.map((turn) => turn.join(' '))
		.join('\n');
	return lead === '' ? undefined : lead;
}
