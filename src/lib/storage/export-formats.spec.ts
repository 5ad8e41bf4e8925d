import { describe, expect, it } from 'vitest';
import { toAnkiText, toCsv, toQuizletText, type ExportCard } from './export-formats';

const cards: ExportCard[] = [
	{
		id: 'rhyme-1',
		topic: 'rhyme-planning',
		front: 'What does the model plan?',
		back: 'The rhyme, "rabbit".'
	},
	{
		id: 'add-1',
		topic: 'shared-addition',
		front: 'Tab\there, comma, here',
		back: 'line one\nline two'
	},
	{ id: 'hash', topic: 'limitations', front: '#not a header', back: ' padded ' }
];

describe('toAnkiText', () => {
	it('starts with the header lines Anki reads, then front, back and tags per line', () => {
		const lines = toAnkiText(cards.slice(0, 1)).split('\n');
		expect(lines).toEqual([
			'#separator:tab',
			'#html:false',
			'#tags column:3',
			'What does the model plan?\t"The rhyme, ""rabbit""."\tbiology-of-an-llm rhyme-planning',
			''
		]);
	});

	it('quotes fields that hold a tab, a line break or a leading #, so each card stays one note', () => {
		const text = toAnkiText(cards);
		expect(text).toContain(
			'"Tab\there, comma, here"\t"line one\nline two"\tbiology-of-an-llm shared-addition\n'
		);
		expect(text).toContain('"#not a header"\t" padded "\tbiology-of-an-llm limitations\n');
	});
});

describe('toCsv', () => {
	it('writes RFC 4180: header, CRLF, quoting only where needed, quotes doubled', () => {
		expect(toCsv(cards)).toBe(
			'id,topic,front,back\r\n' +
				'rhyme-1,rhyme-planning,What does the model plan?,"The rhyme, ""rabbit""."\r\n' +
				'add-1,shared-addition,"Tab\there, comma, here","line one\nline two"\r\n' +
				'hash,limitations,#not a header," padded "\r\n'
		);
	});

	it('round-trips through a strict RFC 4180 reader', () => {
		expect(parseCsv(toCsv(cards))).toEqual([
			['id', 'topic', 'front', 'back'],
			...cards.map((c) => [c.id, c.topic, c.front, c.back])
		]);
	});
});

describe('toQuizletText', () => {
	it('writes term, tab, definition, one card a line, with tabs and line breaks inside fields made spaces', () => {
		const text = toQuizletText(cards);
		expect(text.split('\n')).toEqual([
			'What does the model plan?\tThe rhyme, "rabbit".',
			'Tab here, comma, here\tline one line two',
			'#not a header\tpadded',
			''
		]);
		for (const line of text.trimEnd().split('\n')) expect(line.split('\t')).toHaveLength(2);
	});
});

/** a strict RFC 4180 reader, only for the round trip above */
function parseCsv(text: string): string[][] {
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
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}
