import type { EpisodeClaim, Flashcard, Question, Sources } from './schema';
import { locateQuote, type TranscriptSection } from './transcript';

export interface BankToCheck {
	questions: Question[];
	flashcards: Flashcard[];
	claims: EpisodeClaim[];
	transcript: TranscriptSection[];
}

const duplicates = (values: string[]) => [
	...new Set(values.filter((v, i) => values.indexOf(v) !== i))
];

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function sourceProblems(id: string, sources: Sources, transcript: TranscriptSection[]) {
	const quote = sources.transcript;
	if (!quote) return [];
	if (locateQuote(transcript, quote.text, quote.section)) return [];
	const elsewhere = locateQuote(transcript, quote.text);
	return [
		elsewhere
			? `${id}: transcript quote is in ${elsewhere.section}, not ${quote.section}`
			: `${id}: transcript quote is not verbatim in the transcript: "${quote.text}"`
	];
}

function answerKeyProblems(q: Question, claimIds: Set<string>): string[] {
	const problems: string[] = [];
	const misconceptionProblems = (claim: string | undefined, where: string) => {
		if (claim && !claimIds.has(claim))
			problems.push(`${q.id}: ${where} names unknown claim ${claim}`);
	};
	switch (q.type) {
		case 'single':
		case 'multi': {
			const ids = q.options.map((o) => o.id);
			for (const d of duplicates(ids)) problems.push(`${q.id}: option id ${d} repeated`);
			for (const d of duplicates(q.options.map((o) => normalized(o.text))))
				problems.push(`${q.id}: option "${d}" repeated`);
			const keys = q.type === 'single' ? [q.answer] : q.answers;
			for (const d of duplicates(keys)) problems.push(`${q.id}: answer ${d} listed twice`);
			for (const k of keys)
				if (!ids.includes(k)) problems.push(`${q.id}: answer ${k} is not an option`);
			if (q.type === 'multi' && keys.length >= q.options.length)
				problems.push(`${q.id}: every option is right; a multi-select needs a wrong one`);
			for (const o of q.options) {
				misconceptionProblems(o.misconception, `option ${o.id}`);
				if (o.misconception && keys.includes(o.id))
					problems.push(`${q.id}: option ${o.id} is right but marked as a misconception`);
			}
			break;
		}
		case 'true-false':
			misconceptionProblems(q.misconception, 'the statement');
			if (q.misconception && q.answer)
				problems.push(`${q.id}: a true statement cannot repeat a misconception`);
			break;
		case 'typed':
			for (const d of duplicates(q.accepted.map(normalized)))
				problems.push(`${q.id}: accepted answer "${d}" repeated`);
			break;
		case 'cloze': {
			const markers = [...q.text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));
			const expected = q.gaps.map((_, i) => i + 1);
			if (markers.join(',') !== expected.join(','))
				problems.push(
					`${q.id}: gaps in the text (${markers.join(',')}) do not match the ${q.gaps.length} answer lists`
				);
			break;
		}
		case 'ordering':
			for (const d of duplicates(q.items.map((i) => i.id)))
				problems.push(`${q.id}: item id ${d} repeated`);
			for (const d of duplicates(q.items.map((i) => normalized(i.text))))
				problems.push(`${q.id}: item "${d}" repeated`);
			break;
		case 'matching':
			for (const d of duplicates(q.pairs.map((p) => p.id)))
				problems.push(`${q.id}: pair id ${d} repeated`);
			for (const d of duplicates(q.pairs.map((p) => normalized(p.left))))
				problems.push(`${q.id}: prompt "${d}" repeated`);
			for (const d of duplicates(q.pairs.map((p) => normalized(p.right))))
				problems.push(`${q.id}: finding "${d}" repeated`);
			break;
		case 'fact-check':
			if (!claimIds.has(q.claim)) problems.push(`${q.id}: unknown claim ${q.claim}`);
			break;
	}
	return problems;
}

/** the claims a question's wrong answers repeat */
export function repeatedClaims(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'multi':
			return question.options.flatMap((o) => (o.misconception ? [o.misconception] : []));
		case 'true-false':
			return question.misconception ? [question.misconception] : [];
		default:
			return [];
	}
}

/** Everything zod cannot see: cross-references, answer keys against options, quotes against the seed. */
export function bankProblems(bank: BankToCheck): string[] {
	const claimIds = new Set(bank.claims.map((c) => c.id));
	const items = [...bank.questions, ...bank.flashcards];
	const problems = duplicates(items.map((i) => i.id)).map((id) => `${id}: id used twice`);
	// feedback says "that is what the episode said, and the paper says otherwise": only true of a
	// claim the paper does not support
	const supported = new Set(bank.claims.filter((c) => c.verdict === 'SUPPORTED').map((c) => c.id));
	for (const q of bank.questions) {
		problems.push(...sourceProblems(q.id, q.sources, bank.transcript));
		problems.push(...answerKeyProblems(q, claimIds));
		for (const claim of repeatedClaims(q))
			if (supported.has(claim))
				problems.push(
					`${q.id}: a wrong answer is marked as repeating ${claim}, which the paper supports`
				);
	}
	for (const card of bank.flashcards) {
		problems.push(...sourceProblems(card.id, card.sources, bank.transcript));
		if (card.kind === 'contrast' && !card.claim)
			problems.push(`${card.id}: a contrast card names the claim it corrects`);
		if (card.claim && !claimIds.has(card.claim))
			problems.push(`${card.id}: unknown claim ${card.claim}`);
		if (card.kind === 'contrast' && card.claim && supported.has(card.claim))
			problems.push(`${card.id}: a contrast card corrects ${card.claim}, which the paper supports`);
	}
	for (const c of bank.claims)
		if (!locateQuote(bank.transcript, c.quote, c.section))
			problems.push(`${c.id}: claim quote is not verbatim in ${c.section}`);
	return problems;
}
