import type { EpisodeClaim, Flashcard, Question, QuestionType, SectionId, TopicId } from './schema';
import { questionTypes, sectionIds, topicIds } from './schema';

const ownerTopics: TopicId[] = [
	'attribution-graphs',
	'rhyme-planning',
	'multilingual-circuits',
	'shared-addition'
];

/** the coverage the question-bank issue asks for */
export const coverageRules = {
	ownerTopics,
	owner: { questions: 20, flashcards: 12 },
	caseStudy: { questions: 8, flashcards: 5 },
	podcast: { otherQuestions: 10, flashcards: 10 },
	total: { questions: 220, flashcards: 120 },
	perType: 12,
	perSection: 15,
	difficultyShare: 0.2,
	/** questions at depth 1 a listener can answer from each episode section */
	episodeDepthOnePerSection: 12,
	/** at most this share of questions may be pure number recall */
	numberRecallShare: 0.05
};

/** depth 1, answerable from the episode, quoting `section`: what a listener of that part can answer */
export const answerableFromSection = (q: Question, section: SectionId) =>
	q.depth === 1 && q.answerableFrom === 'episode' && q.sources.transcript?.section === section;

const numeric = (text: string) =>
	/^[\s~≈<>≥≤+−–-]*(about |around |over |under |roughly )?[\d.,\s]+(%|×|x| percent| times)?[\s.]*$/i.test(
		text
	);
const withoutNumbers = (text: string) =>
	text
		.replace(/\d+([.,]\d+)?/g, '#')
		.trim()
		.toLowerCase();

/**
 * A question whose answer is just a figure: a typed or cloze answer that is a number, or options
 * that differ only in their numbers.
 */
export function isNumberRecall(q: Question): boolean {
	switch (q.type) {
		case 'typed':
			return numeric(q.accepted[0] ?? '');
		case 'cloze':
			return q.gaps.every((gap) => numeric(gap[0] ?? ''));
		case 'single':
		case 'multi':
			return new Set(q.options.map((o) => withoutNumbers(o.text))).size === 1;
		case 'ordering':
			return q.items.every((i) => numeric(i.text));
		default:
			return false;
	}
}

export interface BankShape {
	questionsByTopic: Record<TopicId, number>;
	flashcardsByTopic: Record<TopicId, number>;
	byType: Record<QuestionType, number>;
	byDifficulty: Record<string, number>;
	/** questions by depth (1 episode, 2 paper, 3 numbers and caveats) */
	byDepth: Record<'1' | '2' | '3', number>;
	/** questions by where their answer can be learnt */
	byAnswerSource: Record<'episode' | 'paper', number>;
	/** depth-1 questions a listener can answer from each episode section */
	episodeDepthOne: Record<SectionId, number>;
	/** questions whose answer is just a figure */
	numberRecall: number;
	/** items (questions and flashcards) whose transcript quote comes from each section */
	bySection: Record<SectionId, number>;
	/** topic × type, for the report */
	topicType: Record<TopicId, Record<QuestionType, number>>;
	/** topic × difficulty over questions and flashcards, for the report */
	topicDifficulty: Record<TopicId, Record<string, number>>;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts the bank along every axis the issue names. */
export function bankShape(questions: Question[], flashcards: Flashcard[]): BankShape {
	const shape: BankShape = {
		questionsByTopic: zeroes(topicIds),
		flashcardsByTopic: zeroes(topicIds),
		byType: zeroes(questionTypes),
		byDifficulty: zeroes(['recall', 'mechanism', 'transfer']),
		byDepth: zeroes(['1', '2', '3']),
		byAnswerSource: zeroes(['episode', 'paper']),
		episodeDepthOne: zeroes(sectionIds),
		numberRecall: 0,
		bySection: zeroes(sectionIds),
		topicType: Object.fromEntries(
			topicIds.map((t) => [t, zeroes(questionTypes)])
		) as BankShape['topicType'],
		topicDifficulty: Object.fromEntries(
			topicIds.map((t) => [t, zeroes(['recall', 'mechanism', 'transfer'])])
		) as BankShape['topicDifficulty']
	};
	for (const q of questions) {
		shape.questionsByTopic[q.topic] += 1;
		shape.byType[q.type] += 1;
		shape.topicType[q.topic][q.type] += 1;
		shape.byDepth[String(q.depth) as '1' | '2' | '3'] += 1;
		shape.byAnswerSource[q.answerableFrom] += 1;
		for (const section of sectionIds)
			if (answerableFromSection(q, section)) shape.episodeDepthOne[section] += 1;
		if (isNumberRecall(q)) shape.numberRecall += 1;
	}
	for (const c of flashcards) shape.flashcardsByTopic[c.topic] += 1;
	for (const item of [...questions, ...flashcards]) {
		shape.byDifficulty[item.difficulty] = (shape.byDifficulty[item.difficulty] ?? 0) + 1;
		shape.topicDifficulty[item.topic][item.difficulty] =
			(shape.topicDifficulty[item.topic][item.difficulty] ?? 0) + 1;
		if (item.sources.transcript) shape.bySection[item.sources.transcript.section] += 1;
	}
	return shape;
}

/** Every way the bank falls short of the coverage rules; empty when it meets them all. */
export function coverageGaps(
	questions: Question[],
	flashcards: Flashcard[],
	claims: EpisodeClaim[]
): string[] {
	const rules = coverageRules;
	const shape = bankShape(questions, flashcards);
	const gaps: string[] = [];
	const atLeast = (what: string, actual: number, wanted: number) => {
		if (actual < wanted) gaps.push(`${what}: ${actual}, wants at least ${wanted}`);
	};
	for (const topic of topicIds) {
		if (topic === 'podcast-vs-paper') continue;
		const wanted = rules.ownerTopics.includes(topic) ? rules.owner : rules.caseStudy;
		atLeast(`${topic} questions`, shape.questionsByTopic[topic], wanted.questions);
		atLeast(`${topic} flashcards`, shape.flashcardsByTopic[topic], wanted.flashcards);
	}
	const podcast = questions.filter((q) => q.topic === 'podcast-vs-paper');
	const checked = podcast
		.filter((q) => q.type === 'fact-check')
		.map((q) => q.type === 'fact-check' && q.claim);
	for (const claim of claims) {
		const count = checked.filter((c) => c === claim.id).length;
		if (count !== 1) gaps.push(`claim ${claim.id}: ${count} fact-check questions, wants exactly 1`);
	}
	atLeast(
		'podcast-vs-paper questions of other types',
		podcast.length - checked.length,
		rules.podcast.otherQuestions
	);
	atLeast(
		'podcast-vs-paper flashcards',
		shape.flashcardsByTopic['podcast-vs-paper'],
		rules.podcast.flashcards
	);
	atLeast('questions in all', questions.length, rules.total.questions);
	atLeast('flashcards in all', flashcards.length, rules.total.flashcards);
	for (const type of questionTypes)
		if (type !== 'fact-check') atLeast(`${type} questions`, shape.byType[type], rules.perType);
	for (const section of sectionIds) {
		atLeast(`items quoting ${section}`, shape.bySection[section], rules.perSection);
		atLeast(
			`depth-1 questions a listener can answer from ${section}`,
			shape.episodeDepthOne[section],
			rules.episodeDepthOnePerSection
		);
	}
	const allowedNumberRecall = Math.floor(questions.length * rules.numberRecallShare);
	if (shape.numberRecall > allowedNumberRecall)
		gaps.push(
			`pure number-recall questions: ${shape.numberRecall}, wants at most ${allowedNumberRecall} (5%)`
		);
	// a question answerable from the episode names the words of the episode that answer it
	for (const q of questions)
		if (q.answerableFrom === 'episode' && !q.sources.transcript)
			gaps.push(`${q.id}: answerable from the episode, but quotes no passage of it`);
	const items = questions.length + flashcards.length;
	for (const [difficulty, count] of Object.entries(shape.byDifficulty))
		atLeast(`${difficulty} items`, count, Math.ceil(items * rules.difficultyShare));
	const contrasted = new Set(flashcards.filter((c) => c.kind === 'contrast').map((c) => c.claim));
	for (const claim of claims)
		if (
			claim.severity === 'major' &&
			(claim.verdict === 'DISTORTED' || claim.verdict === 'NOT-IN-PAPER')
		)
			if (!contrasted.has(claim.id))
				gaps.push(`claim ${claim.id} (${claim.verdict}, major) has no contrast flashcard`);
	return gaps;
}
