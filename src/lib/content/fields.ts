// The content's small schemas that stored progress and the files the browser fetches at load
// share with the bank: ids, enums and sources. Apart from the items' schemas (schema.ts), because
// every page opens the stored progress, and building the question schemas there cost a few
// milliseconds of the first load on pages that never show a question.
import * as z from 'zod/mini';
import { config } from 'zod/mini';
import type { Question } from './schema';

// zod 4 probes `new Function` to pick a faster parser; the app's CSP forbids eval, so ask it not to.
// by its own name: the build drops unused z.* calls (vite.config.ts)
config({ jitless: true });

export const topicIds = [
	'attribution-graphs',
	'rhyme-planning',
	'multilingual-circuits',
	'shared-addition',
	'multi-step-reasoning',
	'medical-diagnosis',
	'entities-and-hallucination',
	'refusals',
	'jailbreak',
	'chain-of-thought-faithfulness',
	'hidden-goals',
	'limitations',
	'podcast-vs-paper'
] as const;

export const sectionIds = ['introduction', 'key-concepts-1', 'key-concepts-2', 'closing'] as const;

export const TopicId = z.enum(topicIds);
export const SectionId = z.enum(sectionIds);
export const Difficulty = z.enum(['recall', 'mechanism', 'transfer']);
export const Verdict = z.enum(['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION']);
export const Severity = z.enum(['minor', 'moderate', 'major']);
/** concept: a fact to remember; contrast: what the episode said against what the paper says */
export const FlashcardKind = z.enum(['concept', 'contrast']);

/** kebab-case, stable forever: stored progress refers to items by id */
export const ItemId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));
/** a claim id from seeds/podcast-claims.json, e.g. C07 */
export const ClaimId = z.string().check(z.regex(/^C\d{2}$/, 'claim ids look like C07'));
/** a section number of the paper as it numbers its headings: "4", "15.3", "6.1.1" */
export const PaperSectionNumber = z
	.string()
	.check(z.regex(/^\d{1,2}(?:\.\d{1,2}){0,2}$/, 'a § number like 4, 15.3 or 6.1.1'));

export const TranscriptQuote = z.object({
	section: SectionId,
	/** verbatim substring of seeds/talking-machines-biology-of-an-llm.txt, inside `section` */
	text: z.string().check(z.minLength(12))
});

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/** a passage of the paper, verbatim, that settles the item's key: shown as the paper's own words */
export const PaperEvidence = z.object({
	/** the § the passage stands in, as the paper numbers it: "6.1" */
	section: PaperSectionNumber,
	/** copied character for character from the paper's text, 6 to 30 words */
	text: z
		.string()
		.check(
			z.refine((text) => wordCount(text) >= 6 && wordCount(text) <= 30, 'evidence is 6 to 30 words')
		)
});

export const Sources = z.object({
	transcript: z.optional(TranscriptQuote),
	/** at least one § of the paper where the fact lives */
	paper: z.array(PaperSectionNumber).check(z.minLength(1)),
	/** one or two passages of the paper that settle the key */
	evidence: z.array(PaperEvidence).check(z.minLength(1), z.maxLength(2))
});

/** where a question's answer can be learnt: the episode (which said it correctly) or only the paper */
export const AnswerSource = z.enum(['episode', 'paper']);
/** 1: what the episode said (and whether it was right); 2: what the paper shows; 3: numbers, caveats and transfer */
export const Depth = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const questionTypes = [
	'single',
	'multi',
	'true-false',
	'typed',
	'cloze',
	'ordering',
	'matching',
	'fact-check'
] as const satisfies readonly Question['type'][];

export type TopicId = z.infer<typeof TopicId>;
export type SectionId = z.infer<typeof SectionId>;
export type Difficulty = z.infer<typeof Difficulty>;
export type Verdict = z.infer<typeof Verdict>;
export type Sources = z.infer<typeof Sources>;
export type PaperEvidence = z.infer<typeof PaperEvidence>;
export type AnswerSource = z.infer<typeof AnswerSource>;
export type Depth = z.infer<typeof Depth>;
