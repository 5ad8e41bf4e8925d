// The blind review of the bank, in two steps, so a reviewer who did not write the items answers
// them without seeing the key:
//   npx tsx scripts/blind-review.ts export OUT.json [ID-PREFIX…]   questions without keys or sources
//   npx tsx scripts/blind-review.ts grade ANSWERS.json              graded by the app's own grader
//   npx tsx scripts/blind-review.ts export-cards OUT.json [ID-PREFIX…]  card fronts only
//   npx tsx scripts/blind-review.ts reveal-cards ANSWERS.json         { "<card id>": "your answer" }
// An answers file is { "<question id>": { "response": <Response>, "confidence": "sure"|"think"|"guess" } },
// with Response as stored by the app (src/lib/model/schema.ts): { "type": "single", "choice": "b" }, …
// `--no-sources` in export leaves the episode quote out too, for the give-away test (a reviewer
// who knows neither the episode nor the paper).
import { readFileSync, writeFileSync } from 'node:fs';
import { claims, flashcards, questions } from '../src/lib/content/index';
import { Response } from '../src/lib/model/schema';
import { verdictLabels, verdictOrder } from '../src/lib/quiz/describe';
import { gradeResponse } from '../src/lib/quiz/grade';
import { shuffle } from '../src/lib/quiz/shuffle';
import type { Question } from '../src/lib/content/schema';

/** a fixed shuffle per question, so an export is the same every time and keys are not in place */
function seeded(id: string): () => number {
	let h = 2166136261;
	for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return () => {
		h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
		return ((h >>>= 0) % 1_000_000) / 1_000_000;
	};
}

/**
 * The labels shown for an ordering question's items and a matching question's right-hand texts:
 * fresh ones in shuffled order, so neither the key's order nor its pairing can be read off the ids.
 */
function relabelled(q: Question): Map<string, string> {
	const random = seeded(q.id);
	const ids =
		q.type === 'ordering'
			? shuffle(q.items, random).map((i) => i.id)
			: q.type === 'matching'
				? shuffle(q.pairs, random).map((p) => p.id)
				: [];
	return new Map(ids.map((id, i) => [id, q.type === 'ordering' ? `p${i + 1}` : String(i + 1)]));
}

function blind(q: Question, withQuote: boolean) {
	const base = {
		id: q.id,
		type: q.type,
		...(withQuote && q.sources.transcript ? { episodeQuote: q.sources.transcript.text } : {})
	};
	const labels = relabelled(q);
	const label = (id: string) => labels.get(id) ?? id;
	const inLabelOrder = <T extends { id: string }>(items: readonly T[]) =>
		[...items].sort((a, b) => label(a.id).localeCompare(label(b.id), 'en', { numeric: true }));
	switch (q.type) {
		case 'single':
		case 'multi':
			return {
				...base,
				prompt: q.prompt,
				options: q.options.map(({ id, text }) => ({ id, text }))
			};
		case 'true-false':
			return { ...base, statement: q.prompt };
		case 'typed':
			return { ...base, prompt: q.prompt };
		case 'cloze':
			return { ...base, prompt: q.prompt, text: q.text, gaps: q.gaps.length };
		case 'ordering':
			return {
				...base,
				prompt: q.prompt,
				items: inLabelOrder(q.items).map(({ id, text }) => ({ id: label(id), text }))
			};
		case 'matching':
			return {
				...base,
				prompt: q.prompt,
				lefts: q.pairs.map(({ id, left }) => ({ id, left })),
				rights: inLabelOrder(q.pairs).map(({ id, right }) => ({ id: label(id), right }))
			};
		case 'fact-check': {
			const claim = claims.find((c) => c.id === q.claim);
			return {
				...base,
				prompt: 'What does the paper make of this claim from the episode?',
				claimQuote: claim?.quote,
				options: verdictOrder.map((v) => ({ id: v, text: verdictLabels[v] }))
			};
		}
	}
}

/** a reviewer's response in the shown labels, back in the question's own ids */
function unlabelled(q: Question, response: unknown): unknown {
	const real = new Map([...relabelled(q)].map(([id, shown]) => [shown, id]));
	const back = (shown: unknown) => (typeof shown === 'string' ? (real.get(shown) ?? shown) : shown);
	if (typeof response !== 'object' || response === null) return response;
	const r = response as {
		type?: string;
		order?: unknown[];
		matches?: { left: unknown; right: unknown }[];
	};
	if (r.type === 'ordering' && Array.isArray(r.order)) return { ...r, order: r.order.map(back) };
	if (r.type === 'matching' && Array.isArray(r.matches))
		return { ...r, matches: r.matches.map((m) => ({ left: m.left, right: back(m.right) })) };
	return response;
}

const [command, file, ...rest] = process.argv.slice(2);
if (command === 'export' && file) {
	const withQuote = !rest.includes('--no-sources');
	const prefixes = rest.filter((r) => !r.startsWith('--'));
	const chosen = questions.filter(
		(q) => prefixes.length === 0 || prefixes.some((p) => q.id.startsWith(p))
	);
	writeFileSync(
		file,
		JSON.stringify(
			chosen.map((q) => blind(q, withQuote)),
			null,
			'\t'
		)
	);
	console.log(`${chosen.length} questions written to ${file}`);
} else if (command === 'export-cards' && file) {
	const chosen = flashcards.filter(
		(c) => rest.length === 0 || rest.some((p) => c.id.startsWith(p))
	);
	writeFileSync(
		file,
		JSON.stringify(
			chosen.map(({ id, front }) => ({ id, front })),
			null,
			'\t'
		)
	);
	console.log(`${chosen.length} card fronts written to ${file}`);
} else if (command === 'reveal-cards' && file) {
	// a card's answer is judged by the reviewer against its back: printed side by side
	const answers = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
	for (const [id, answer] of Object.entries(answers)) {
		const card = flashcards.find((c) => c.id === id);
		console.log(`${id}\n  yours: ${answer}\n  back:  ${card?.back ?? '(no such card)'}\n`);
	}
} else if (command === 'grade' && file) {
	const answers = JSON.parse(readFileSync(file, 'utf8')) as Record<
		string,
		{ response: unknown; confidence?: string }
	>;
	let right = 0;
	const wrong: string[] = [];
	const sureRight: string[] = [];
	for (const [id, answer] of Object.entries(answers)) {
		const question = questions.find((q) => q.id === id);
		if (!question) {
			wrong.push(`${id}: no such question`);
			continue;
		}
		const response = Response.safeParse(unlabelled(question, answer.response));
		if (!response.success || response.data.type !== question.type) {
			wrong.push(`${id}: the response is not a ${question.type} response`);
			continue;
		}
		const verdict =
			question.type === 'fact-check'
				? claims.find((c) => c.id === question.claim)?.verdict
				: undefined;
		const grade = gradeResponse(question, response.data, { verdict });
		if (grade.correct) {
			right++;
			if (answer.confidence === 'sure') sureRight.push(id);
		} else wrong.push(`${id} (${answer.confidence ?? '?'}): ${JSON.stringify(grade)}`);
	}
	console.log(`${right} right, ${wrong.length} wrong of ${Object.keys(answers).length}`);
	for (const line of wrong) console.log(`  wrong: ${line}`);
	console.log(`right and sure (${sureRight.length}): ${sureRight.join(' ')}`);
} else {
	console.error(
		'usage: blind-review.ts export OUT.json [ID-PREFIX…] [--no-sources] | grade ANSWERS.json'
	);
	process.exit(2);
}
