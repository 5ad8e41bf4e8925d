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
