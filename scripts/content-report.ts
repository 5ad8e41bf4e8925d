// npm run content:report — the bank's shape at a glance: topics × types × difficulty, and sections.
import { claims, flashcards, questions } from '../src/lib/content/index';
import { bankShape, coverageGaps } from '../src/lib/content/coverage';
import { questionTypes, sectionIds, topicIds } from '../src/lib/content/schema';
import { weakItemFindings } from '../src/lib/content/quality';

const shape = bankShape(questions, flashcards);
const pad = (text: string | number, width: number) => String(text).padStart(width);
const short: Record<string, string> = {
	single: 'single',
	multi: 'multi',
	'true-false': 't/f',
	typed: 'typed',
	cloze: 'cloze',
	ordering: 'order',
	matching: 'match',
	'fact-check': 'fact'
};

const header = [
	'topic'.padEnd(30),
	...questionTypes.map((t) => pad(short[t]!, 6)),
	pad('Qs', 5),
	pad('cards', 6),
	pad('recall', 7),
	pad('mech', 5),
	pad('transf', 7)
];
console.log(header.join(' '));
for (const topic of topicIds) {
	const types = shape.topicType[topic];
	const difficulty = shape.topicDifficulty[topic];
	console.log(
		[
			topic.padEnd(30),
			...questionTypes.map((t) => pad(types[t], 6)),
			pad(shape.questionsByTopic[topic], 5),
			pad(shape.flashcardsByTopic[topic], 6),
			pad(difficulty.recall ?? 0, 7),
			pad(difficulty.mechanism ?? 0, 5),
			pad(difficulty.transfer ?? 0, 7)
		].join(' ')
	);
}
const items = questions.length + flashcards.length;
console.log(
	[
		'all'.padEnd(30),
		...questionTypes.map((t) => pad(shape.byType[t], 6)),
		pad(questions.length, 5),
		pad(flashcards.length, 6),
		...(['recall', 'mechanism', 'transfer'] as const).map((d, i) =>
			pad(`${shape.byDifficulty[d]}`, [7, 5, 7][i]!)
		)
	].join(' ')
);
console.log(
	`\ndifficulty share of all ${items} items: ` +
		(['recall', 'mechanism', 'transfer'] as const)
			.map((d) => `${d} ${(((shape.byDifficulty[d] ?? 0) / items) * 100).toFixed(0)}%`)
			.join(', ')
);
console.log('\nitems (questions and flashcards) quoting each episode section:');
for (const section of sectionIds)
	console.log(`  ${section.padEnd(16)} ${pad(shape.bySection[section], 4)}`);
const depthNames = {
	1: 'what the episode said',
	2: 'what the paper shows',
	3: 'numbers, caveats, transfer'
};
console.log(`\nquestions by depth and by where the answer comes from (of ${questions.length}):`);
for (const depth of [1, 2, 3] as const) {
	const at = questions.filter((q) => q.depth === depth);
	const fromEpisode = at.filter((q) => q.answerableFrom === 'episode').length;
	console.log(
		`  depth ${depth} (${depthNames[depth]}):`.padEnd(42) +
			`${pad(at.length, 4)}   from the episode ${pad(fromEpisode, 3)}, from the paper ${pad(at.length - fromEpisode, 3)}`
	);
}
console.log('\ndepth-1 questions a listener can answer from each section (wants at least 12):');
for (const section of sectionIds)
	console.log(`  ${section.padEnd(16)} ${pad(shape.episodeDepthOne[section], 4)}`);
console.log(
	`\npure number recall: ${shape.numberRecall} of ${questions.length} questions (${((shape.numberRecall / questions.length) * 100).toFixed(1)}%, at most 5%)`
);
const contrast = flashcards.filter((c) => c.kind === 'contrast').length;
const tagged = questions.filter(
	(q) => (q.type === 'single' || q.type === 'multi') && q.options.some((o) => o.misconception)
).length;
console.log(
	`\n${claims.length} episode claims; ${contrast} contrast flashcards; ${tagged} choice questions with an option that repeats an episode claim`
);

const gaps = coverageGaps(questions, flashcards, claims);
const weak = weakItemFindings(questions, flashcards);
console.log(
	gaps.length ? `\ncoverage gaps:\n  ${gaps.join('\n  ')}` : '\ncoverage: every rule met'
);
console.log(
	weak.length ? `\nweak items:\n  ${weak.join('\n  ')}` : 'quality heuristics: nothing flagged'
);
