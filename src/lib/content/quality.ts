import type { Flashcard, Question } from './schema';

const words = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9\s]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);

/** share of distinct words two texts have in common (Jaccard) */
export function similarity(a: string, b: string): number {
	const setA = new Set(words(a));
	const setB = new Set(words(b));
	if (setA.size === 0 || setB.size === 0) return 0;
	let shared = 0;
	for (const w of setA) if (setB.has(w)) shared += 1;
	return shared / (setA.size + setB.size - shared);
}

/** the text that identifies what a question asks, for finding near-duplicates */
export function promptOf(q: Question): string {
	switch (q.type) {
		case 'cloze':
			return `${q.prompt ?? ''} ${q.text}`;
		case 'fact-check':
			return `fact-check ${q.claim}`;
		default:
			return q.prompt;
	}
}

/** a sentence: at least eight words and a full stop, question or exclamation mark */
export const isSentence = (text: string) =>
	words(text).length >= 8 && /[.?!](\s|$|["”’)])/.test(text);

/** longest option over shortest, with short options (numbers, names) floored at 12 characters */
export function optionLengthRatio(options: { text: string }[]): number {
	const lengths = options.map((o) => o.text.length);
	return Math.max(...lengths) / Math.max(12, Math.min(...lengths));
}

export interface QualityThresholds {
	/** prompts this similar are near-duplicates */
	nearDuplicate: number;
	/** options whose longest/shortest ratio exceeds this are of wildly different length */
	optionLengthRatio: number;
	/** no single answer position may hold more than this share of single-choice keys */
	answerPositionShare: number;
	/** the right option may be the strictly longest in at most this share of questions */
	longestIsRightShare: number;
}

export const defaultThresholds: QualityThresholds = {
	nearDuplicate: 0.85,
	optionLengthRatio: 4,
	answerPositionShare: 0.4,
	longestIsRightShare: 0.35
};

/** Heuristics that flag weak items: each finding names the item and what looks wrong. */
export function weakItemFindings(
	questions: Question[],
	flashcards: Flashcard[],
	thresholds: QualityThresholds = defaultThresholds
): string[] {
	const findings: string[] = [];
	const prompted = questions.filter((q) => q.type !== 'fact-check');
	for (let i = 0; i < prompted.length; i += 1)
		for (let j = i + 1; j < prompted.length; j += 1) {
			const a = prompted[i]!;
			const b = prompted[j]!;
			const score = similarity(promptOf(a), promptOf(b));
			if (score >= thresholds.nearDuplicate)
				findings.push(`${a.id} and ${b.id}: near-duplicate prompts (${score.toFixed(2)})`);
		}
	const cards = flashcards;
	for (let i = 0; i < cards.length; i += 1)
		for (let j = i + 1; j < cards.length; j += 1) {
			const score = similarity(cards[i]!.front, cards[j]!.front);
			if (score >= thresholds.nearDuplicate)
				findings.push(
					`${cards[i]!.id} and ${cards[j]!.id}: near-duplicate fronts (${score.toFixed(2)})`
				);
		}

	for (const item of [...questions, ...flashcards]) {
		if (!isSentence(item.explanation))
			findings.push(`${item.id}: explanation is shorter than a sentence`);
		// the app shows text as it is: a prompt given to the model is quoted, not marked as code
		if (JSON.stringify(item).includes('`'))
			findings.push(`${item.id}: a backtick, which the app would show as it is`);
	}

	let longestIsRight = 0;
	const choice = questions.filter((q) => q.type === 'single' || q.type === 'multi');
	for (const q of choice) {
		const ratio = optionLengthRatio(q.options);
		if (ratio > thresholds.optionLengthRatio)
			findings.push(`${q.id}: options of wildly different length (${ratio.toFixed(1)}×)`);
		if (q.type === 'single') {
			const right = q.options.find((o) => o.id === q.answer);
			const others = q.options.filter((o) => o.id !== q.answer);
			if (right && others.every((o) => right.text.length > o.text.length * 1.15))
				longestIsRight += 1;
		}
	}
	const singles = questions.filter((q) => q.type === 'single');
	if (singles.length > 0 && longestIsRight / singles.length > thresholds.longestIsRightShare)
		findings.push(
			`the right option is clearly the longest in ${longestIsRight} of ${singles.length} single-choice questions`
		);

	const positions = new Map<number, number>();
	for (const q of singles) {
		const at = q.options.findIndex((o) => o.id === q.answer);
		positions.set(at, (positions.get(at) ?? 0) + 1);
	}
	for (const [at, count] of positions)
		if (singles.length >= 5 && count / singles.length > thresholds.answerPositionShare)
			findings.push(
				`the right answer is option ${at + 1} in ${count} of ${singles.length} single-choice questions`
			);

	for (const q of questions) {
		if (q.type === 'typed' && new Set(q.accepted.map((a) => words(a).join(' '))).size < 2)
			findings.push(`${q.id}: a typed answer with no variants`);
		if (q.type === 'true-false') {
			// a statement with a give-away absolute is guessable without knowing the paper
			if (
				/\b(always|never|only ever|all of the)\b/i.test(q.prompt) &&
				q.answer === false &&
				!q.misconception
			)
				findings.push(`${q.id}: a false statement given away by an absolute word`);
		}
	}
	return findings;
}
