// npx tsx scripts/check-evidence.ts PAPER.txt — the second reader's tool: every `sources.evidence`
// passage of the bank, looked up character for character in a local copy of the paper's text.
// The paper is not part of the project (its sentences are not ours to copy), so this runs where a
// copy was made from the public capture named in README.md, "The content" (and docs/fact-check.md),
// not in `npm test`.
import { readFileSync } from 'node:fs';
import { flashcards, questions } from '../src/lib/content/index';
import { paperSections } from '../src/lib/content/paper';

const paperPath = process.argv[2] ?? process.env.PAPER_TEXT;
if (!paperPath) {
	console.error('usage: npx tsx scripts/check-evidence.ts PATH_TO_PAPER_TEXT');
	process.exit(2);
}
const paper = readFileSync(paperPath, 'utf8');
const only = process.argv.slice(3);

// A heading runs straight into its first sentence ("§ 14 LimitationsThis paper…"); the same words
// in a cross-reference are followed by a space or punctuation ("(see § 14 Limitations)").
function headingAt(heading: string): number {
	for (let at = paper.indexOf(heading); at >= 0; at = paper.indexOf(heading, at + 1)) {
		const next = paper[at + heading.length] ?? '';
		if (/[\p{Lu}\p{N}“\n]/u.test(next)) return at;
	}
	return -1;
}

// where each numbered heading stands in the text ("§ 6.1.1 Generalization to the input context")
const headings = paperSections
	.map((s) => ({
		number: s.number,
		at: s.number === '1' ? 0 : headingAt(`§ ${s.number} ${s.title}`)
	}))
	.filter((h) => h.at >= 0)
	.sort((a, b) => a.at - b.at);
const sectionAt = (position: number) => headings.filter((h) => h.at <= position).at(-1)?.number;

let checked = 0;
let missingEvidence = 0;
const notVerbatim: string[] = [];
const wrongSection: string[] = [];
for (const item of [...questions, ...flashcards]) {
	if (only.length > 0 && !only.some((prefix) => item.id.startsWith(prefix))) continue;
	const evidence = item.sources.evidence ?? [];
	if (evidence.length === 0) missingEvidence++;
	for (const passage of evidence) {
		checked++;
		const at = paper.indexOf(passage.text);
		if (at < 0) notVerbatim.push(`${item.id} (§${passage.section}): "${passage.text}"`);
		// the § the passage stands in, the most specific: a passage of § 12.3.1 is cited as 12.3.1,
		// not as 12.3, which links to the short text before its first subsection
		else if (sectionAt(at) !== passage.section)
			wrongSection.push(`${item.id}: cited §${passage.section}, stands in §${sectionAt(at)}`);
	}
}

for (const s of paperSections)
	if (!headings.some((h) => h.number === s.number))
		console.log(`  heading not found: §${s.number}`);
console.log(
	`${checked} passages checked; ${notVerbatim.length} not verbatim; ${wrongSection.length} in another §; ${missingEvidence} items without evidence`
);
for (const line of notVerbatim) console.log(`  not in the paper: ${line}`);
for (const line of wrongSection) console.log(`  wrong §: ${line}`);
process.exit(notVerbatim.length + wrongSection.length > 0 ? 1 : 0);
