// zod/mini: the same schemas check the bank at build time and what the browser fetches. The
// small ones that stored progress shares (ids, enums, sources) are in fields.ts.
import * as z from 'zod/mini';

import {
	TopicId,
	SectionId,
	Difficulty,
	Verdict,
	Severity,
	FlashcardKind,
	ItemId,
	ClaimId,
	PaperSectionNumber,
	Sources,
	AnswerSource,
	Depth
} from './fields';

// the small schemas and their types, for every importer of the content's schemas
export * from './fields';

export const Topic = z.object({
	id: TopicId,
	title: z.string().check(z.minLength(3)),
	summary: z.string().check(z.minLength(20)),
	/** the paper sections this topic draws on */
	paperSections: z.array(PaperSectionNumber).check(z.minLength(1)),
	/** one of the four the product's owner named */
	core: z.boolean()
});

export const EpisodeSection = z.object({
	id: SectionId,
	/** the heading exactly as in the transcript, after "### " */
	title: z.string().check(z.minLength(3)),
	summary: z.string().check(z.minLength(20))
});

const itemBase = {
	id: ItemId,
	topic: TopicId,
	difficulty: Difficulty,
	/** two to four sentences, in our own words: why right is right and why the tempting wrong is wrong */
	explanation: z.string().check(z.minLength(40)),
	sources: Sources
};

const questionBase = {
	...itemBase,
	answerableFrom: AnswerSource,
	depth: Depth
};

export const ChoiceOption = z.object({
	id: z.string().check(z.regex(/^[a-z]$/, 'option ids are single letters')),
	text: z.string().check(z.minLength(1)),
	/** the episode claim this wrong option repeats, so feedback can say "that is what the episode said" */
	misconception: z.optional(ClaimId)
});

const options = z.array(ChoiceOption).check(z.minLength(2), z.maxLength(6));

export const SingleChoiceQuestion = z.object({
	...questionBase,
	type: z.literal('single'),
	prompt: z.string().check(z.minLength(10)),
	options,
	answer: z.string()
});

export const MultiSelectQuestion = z.object({
	...questionBase,
	type: z.literal('multi'),
	prompt: z.string().check(z.minLength(10)),
	options: z.array(ChoiceOption).check(z.minLength(3), z.maxLength(7)),
	answers: z.array(z.string()).check(z.minLength(1))
});

export const TrueFalseQuestion = z.object({
	...questionBase,
	type: z.literal('true-false'),
	/** a statement the learner judges */
	prompt: z.string().check(z.minLength(10)),
	answer: z.boolean(),
	/** when the statement is false because it repeats an episode claim */
	misconception: z.optional(ClaimId)
});

export const TypedQuestion = z.object({
	...questionBase,
	type: z.literal('typed'),
	prompt: z.string().check(z.minLength(10)),
	/** the first is shown as the answer; the rest are variants a person would reasonably type */
	accepted: z.array(z.string().check(z.minLength(1))).check(z.minLength(2))
});

export const ClozeQuestion = z.object({
	...questionBase,
	type: z.literal('cloze'),
	/** an optional instruction shown above the text */
	prompt: z.optional(z.string().check(z.minLength(10))),
	/** the text with gaps written {{1}}, {{2}}, … in order */
	text: z.string().check(z.minLength(10)),
	/** accepted answers per gap, in gap order; the first of each is shown */
	gaps: z
		.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)))
		.check(z.minLength(1))
});

export const OrderingQuestion = z.object({
	...questionBase,
	type: z.literal('ordering'),
	prompt: z.string().check(z.minLength(10)),
	/** in the right order; the quiz shuffles them */
	items: z
		.array(
			z.object({ id: z.string().check(z.regex(/^[a-z]$/)), text: z.string().check(z.minLength(1)) })
		)
		.check(z.minLength(3), z.maxLength(7))
});

export const MatchingQuestion = z.object({
	...questionBase,
	type: z.literal('matching'),
	prompt: z.string().check(z.minLength(10)),
	/** each left is matched with its right; the quiz shuffles the rights */
	pairs: z
		.array(
			z.object({
				id: z.string().check(z.regex(/^[a-z]$/)),
				left: z.string().check(z.minLength(1)),
				right: z.string().check(z.minLength(1))
			})
		)
		.check(z.minLength(3), z.maxLength(6))
});

export const FactCheckQuestion = z.object({
	...questionBase,
	type: z.literal('fact-check'),
	/** the claim whose quote is shown; its verdict is the answer */
	claim: ClaimId
});

export const Question = z.discriminatedUnion('type', [
	SingleChoiceQuestion,
	MultiSelectQuestion,
	TrueFalseQuestion,
	TypedQuestion,
	ClozeQuestion,
	OrderingQuestion,
	MatchingQuestion,
	FactCheckQuestion
]);

export const Flashcard = z.object({
	...itemBase,
	kind: FlashcardKind,
	front: z.string().check(z.minLength(5)),
	back: z.string().check(z.minLength(3)),
	/** for contrast cards, the episode claim being corrected */
	claim: z.optional(ClaimId)
});

/** what seeds/podcast-claims.json holds for each claim: facts about the episode, not our prose */
export const SeedClaim = z.object({
	id: ClaimId,
	section: z.string(),
	quote: z.string().check(z.minLength(5)),
	claim: z.string(),
	verdict: Verdict,
	severity: z.nullable(Severity),
	paper: z.string(),
	sources: z.array(z.string()),
	/** each correction of this claim's first draft, with its reason (docs/fact-check.md) */
	revisions: z.optional(
		z.array(
			z.object({
				field: z.enum(['verdict', 'severity', 'claim', 'paper', 'quote']),
				from: z.nullable(z.string()),
				to: z.nullable(z.string()),
				reason: z.string().check(z.minLength(20))
			})
		)
	)
});

/** our own words on each claim, joined with the seed into an EpisodeClaim */
export const ClaimNote = z.object({
	id: ClaimId,
	/** what the episode asserts, in a short sentence of our own */
	summary: z.string().check(z.minLength(10)),
	/** what the paper actually says, in our own words (short paper quotes in quotation marks) */
	paperSays: z.string().check(z.minLength(20)),
	paperSections: z.array(PaperSectionNumber).check(z.minLength(1))
});

export const EpisodeClaim = z.object({
	id: ClaimId,
	section: SectionId,
	/** verbatim, from the transcript */
	quote: z.string().check(z.minLength(5)),
	verdict: Verdict,
	severity: z.nullable(Severity),
	summary: z.string(),
	paperSays: z.string(),
	paperSections: z.array(PaperSectionNumber).check(z.minLength(1))
});

export type Topic = z.infer<typeof Topic>;
export type EpisodeSection = z.infer<typeof EpisodeSection>;
export type ChoiceOption = z.infer<typeof ChoiceOption>;
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultiSelectQuestion = z.infer<typeof MultiSelectQuestion>;
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;
export type TypedQuestion = z.infer<typeof TypedQuestion>;
export type ClozeQuestion = z.infer<typeof ClozeQuestion>;
export type OrderingQuestion = z.infer<typeof OrderingQuestion>;
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;
export type FactCheckQuestion = z.infer<typeof FactCheckQuestion>;
export type Flashcard = z.infer<typeof Flashcard>;
export type SeedClaim = z.infer<typeof SeedClaim>;
export type ClaimNote = z.infer<typeof ClaimNote>;
export type EpisodeClaim = z.infer<typeof EpisodeClaim>;
