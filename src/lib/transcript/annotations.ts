// What the transcript page adds to the episode once it is interactive: the fact-checked claims
// beside their passages, and which questions quote each passage (for the learner's mastery).
// Worked out at build time and prerendered as JSON (annotations.json), so the page's HTML carries
// the episode text only; the browser checks the file against these schemas.
import * as z from 'zod/mini';
import { ClaimId, PaperSectionNumber, Verdict } from '../content/fields';
import type { EpisodeClaim, Question } from '../content/schema';
import { locateQuote, type TranscriptSection } from '../content/transcript';

const text = z.string().check(z.minLength(1));

/** a fact-checked claim, as its marker beside the passage shows it */
export const PassageClaim = z.object({
	id: ClaimId,
	verdict: Verdict,
	/** what the episode asserts, in a short sentence of our own */
	summary: text,
	/** the episode's words, verbatim */
	quote: text,
	/** what the paper actually says */
	paperSays: text,
	/** § numbers of the paper, e.g. ["4", "15.3"] */
	paperSections: z.array(PaperSectionNumber),
	/** the fact-check questions on the claim: its verdict stays hidden until one is answered */
	factCheckIds: z.array(text)
});

export const TranscriptAnnotations = z.object({
	/** paragraph id → the ids of the questions that quote it; only quoted paragraphs, in episode order */
	questions: z.record(z.string(), z.array(text)),
	/** paragraph id → its claims, in the order the episode says them */
	claims: z.record(z.string(), z.array(PassageClaim))
});

export type PassageClaim = z.infer<typeof PassageClaim>;
export type TranscriptAnnotations = z.infer<typeof TranscriptAnnotations>;

/** what placing a question needs: its quote, and for a fact-check, its claim */
export type AnnotatedQuestion = Pick<Question, 'id' | 'sources' | 'type'> & { claim?: string };

export interface AnnotationSource {
	transcript: TranscriptSection[];
	claims: readonly EpisodeClaim[];
	questions: readonly AnnotatedQuestion[];
}

/** Places every claim and every quoting question on its paragraph; throws on a quote not found. */
export function buildAnnotations({
	transcript,
	claims,
	questions
}: AnnotationSource): TranscriptAnnotations {
	const order = transcript.flatMap((s) => s.paragraphs.map((p) => p.id));
	const questionsByPassage = new Map<string, string[]>();
	for (const question of questions) {
		const quote = question.sources.transcript;
		if (!quote) continue;
		const at = locateQuote(transcript, quote.text, quote.section);
		if (!at) throw new Error(`${question.id}: its quote is not in the transcript`);
		questionsByPassage.set(at.paragraphId, [
			...(questionsByPassage.get(at.paragraphId) ?? []),
			question.id
		]);
	}
	const claimsByPassage = new Map<string, { claim: PassageClaim; wordOffset: number }[]>();
	for (const claim of claims) {
		const at = locateQuote(transcript, claim.quote, claim.section);
		if (!at) throw new Error(`${claim.id}: its quote is not in the transcript`);
		const entry = {
			claim: {
				id: claim.id,
				verdict: claim.verdict,
				summary: claim.summary,
				quote: claim.quote,
				paperSays: claim.paperSays,
				paperSections: claim.paperSections,
				factCheckIds: questions
					.filter((q) => q.type === 'fact-check' && q.claim === claim.id)
					.map((q) => q.id)
			},
			wordOffset: at.wordOffset
		};
		claimsByPassage.set(at.paragraphId, [...(claimsByPassage.get(at.paragraphId) ?? []), entry]);
	}
	const inEpisodeOrder = <T, U>(map: Map<string, T>, value: (entry: T) => U) =>
		Object.fromEntries(
			order.filter((id) => map.has(id)).map((id) => [id, value(map.get(id) as T)])
		);
	return {
		questions: inEpisodeOrder(questionsByPassage, (ids) => ids),
		claims: inEpisodeOrder(claimsByPassage, (entries) =>
			// a stable sort: claims quoting the same words keep their seed order
			[...entries].sort((a, b) => a.wordOffset - b.wordOffset).map((e) => e.claim)
		)
	};
}
