import { describe, expect, it } from 'vitest';
import { ankiFields, toAnkiText, toCsv, toQuizletText, type ExportCard } from './export-formats';

const evidence = {
	text: 'we find that the model plans <possible> rhyming words',
	section: '4',
	sectionTitle: 'Planning in Poems',
	href: 'https://transformer-circuits.pub/2025/attribution-graphs/biology.html#:~:text=we%20find'
};

const cards: ExportCard[] = [
	{
		id: 'rhyme-1',
		topic: 'rhyme-planning',
		front: 'What does the model plan?',
		back: 'The rhyme, "rabbit".',
		explanation: 'It picks the rhyme first & writes toward it.',
		episode: { quote: 'it plans ahead', sectionTitle: 'Key Concepts Part 1' },
		paper: [evidence]
	},
	{
		id: 'add-1',
		topic: 'shared-addition',
		front: 'Tab\there, comma, here',
		back: 'line one\nline two',
		explanation: 'Two paths, at once.',
		paper: []
	},
	{
		id: 'hash',
		topic: 'limitations',
		front: '#not a header',
		back: ' padded ',
		explanation: 'Why.',
		paper: [evidence, { ...evidence, section: '14', sectionTitle: '', href: 'javascript:alert(1)' }]
	}
];

/** the rows of an Anki file as Anki reads them: header lines apart, fields split on tabs outside quotes */
function parseAnki(text: string) {
	const lines = text.trimEnd().split('\n');
	const header = lines.filter((l) => l.startsWith('#'));
	const rows = parseDelimited(lines.filter((l) => !l.startsWith('#')).join('\n') + '\n', '\t');
	return { header, rows };
}

describe('toAnkiText', () => {
	it('starts with the header lines Anki reads: tabs, HTML, the deck, the five fields and the tags', () => {
		const { header } = parseAnki(toAnkiText(cards));
		expect(header).toEqual([
			'#separator:tab',
			'#html:true',
			'#deck:Biology of an LLM',
			'#columns:Front\tBack\tExplanation\tEpisode\tPaper\tTags',
			'#tags column:6'
		]);
		expect(ankiFields).toEqual(['Front', 'Back', 'Explanation', 'Episode', 'Paper']);
	});

	it('gives each card its five fields and its tags, as HTML that shows the text as written', () => {
		const { rows } = parseAnki(toAnkiText(cards));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual([
			'What does the model plan?',
			'The rhyme, &quot;rabbit&quot;.',
			'It picks the rhyme first &amp; writes toward it.',
			'“it plans ahead”<br>— <i>Talking Machines</i>, Key Concepts Part 1',
			'“we find that the model plans &lt;possible&gt; rhyming words”<br><a href="https://transformer-circuits.pub/2025/attribution-graphs/biology.html#:~:text=we%20find">§4 Planning in Poems</a>',
			'biology-of-an-llm rhyme-planning'
		]);
		for (const row of rows) expect(row).toHaveLength(6);
	});

	it('keeps each card one note: line breaks become <br>, a tab or a leading # is quoted', () => {
		const { rows } = parseAnki(toAnkiText(cards));
		expect(rows[1]?.slice(0, 4)).toEqual([
			'Tab\there, comma, here',
			'line one<br>line two',
			'Two paths, at once.',
			''
		]);
		expect(rows[2]?.[0]).toBe('#not a header');
		expect(rows[2]?.[1]).toBe(' padded ');
	});

	it('links only to the paper: an address that is not http(s) stays text', () => {
		const { rows } = parseAnki(toAnkiText(cards));
		expect(rows[2]?.[4]).toContain(
			'<br><br>“we find that the model plans &lt;possible&gt; rhyming words”<br>§14'
		);
		expect(rows[2]?.[4]).not.toContain('javascript:');
	});
});

describe('toCsv', () => {
	it('writes RFC 4180: header, CRLF, quoting only where needed, quotes doubled', () => {
		const text = toCsv(cards.slice(1, 2));
		expect(text).toBe(
			'id,topic,front,back,explanation,episode,episode section,paper\r\n' +
				'add-1,shared-addition,"Tab\there, comma, here","line one\nline two","Two paths, at once.",,,\r\n'
		);
	});

	it('carries the explanation, the episode’s words and the paper’s, and round-trips through a strict reader', () => {
		const rows = parseDelimited(toCsv(cards), ',', '\r\n');
		expect(rows[0]).toEqual([
			'id',
			'topic',
			'front',
			'back',
			'explanation',
			'episode',
			'episode section',
			'paper'
		]);
		expect(rows[1]).toEqual([
			'rhyme-1',
			'rhyme-planning',
			'What does the model plan?',
			'The rhyme, "rabbit".',
			'It picks the rhyme first & writes toward it.',
			'it plans ahead',
			'Key Concepts Part 1',
			`“${evidence.text}” (§4 Planning in Poems, ${evidence.href})`
		]);
		expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(
			cards.map((c) => [c.id, c.front, c.back])
		);
	});
});

describe('toQuizletText', () => {
	it('writes term, tab, definition with its explanation, one card a line, tabs and line breaks made spaces', () => {
		const text = toQuizletText(cards);
		expect(text.split('\n')).toEqual([
			'What does the model plan?\tThe rhyme, "rabbit". — It picks the rhyme first & writes toward it.',
			'Tab here, comma, here\tline one line two — Two paths, at once.',
			'#not a header\tpadded — Why.',
			''
		]);
		for (const line of text.trimEnd().split('\n')) expect(line.split('\t')).toHaveLength(2);
	});
});

/** a strict RFC 4180 reader (any separator and line end), only for the round trips above */
function parseDelimited(text: string, separator: string, lineEnd = '\n'): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (text.startsWith(lineEnd, i)) {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += lineEnd.length - 1;
		} else field += c;
	}
	return rows;
}
