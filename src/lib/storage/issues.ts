// What a refused value is, in words a learner (or whoever edited the file) can act on: the field
// as a path ("reviewLog[3].stability") and what it must be ("must be at most 36,500 (it is
// 1e+308)"). zod/mini carries no messages of its own, so they are written here, from the issue's
// code and bounds, once for the loader and the importer alike.
import type * as z from 'zod/mini';
import { formatCount } from '../format/format';

/** the first problem zod found, as its issue list gives it */
type Issue = z.core.$ZodIssue;

/**
 * A path as code would write it: names joined by dots, list positions in brackets.
 *
 * @example
 * fieldPath(['reviewLog', 3, 'stability']) // 'reviewLog[3].stability'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') text += `[${part}]`;
		else text += text === '' ? String(part) : `.${String(part)}`;
	}
	return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const count = (n: number | bigint) => formatCount(Number(n));

/** the value at `path` inside `root`, to say what was found; undefined when the path leads nowhere */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const part of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[part];
	}
	return value;
}

/** a short, safe echo of a refused number, boolean or text; nothing for null, lists and objects */
function echo(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') return ` (it is ${String(value)})`;
	if (typeof value === 'string')
		return ` (it is “${value.length > 30 ? `${value.slice(0, 29)}…` : value}”)`;
	// null is left unsaid: a packed field that cannot be read back becomes null, whatever the file held
	return '';
}

const typeWords: Record<string, string> = {
	number: 'a finite number',
	int: 'a whole number',
	string: 'text',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	nan: 'a finite number'
};

/** the stored fields that hold a time, which is text (ISO 8601) in the data and epoch ms when packed */
const timeFields = new Set([
	'answeredAt',
	'startedAt',
	'finishedAt',
	'reviewedAt',
	'due',
	'last_review',
	'savedAt'
]);

const timeRequirement = 'must be a date and time such as 2026-03-27T09:00:00.000Z';

/** the stored fields that hold ids (text of 1 to 200 characters), or lists of them */
const idFields = new Set([
	'id',
	'cardId',
	'questionId',
	'setId',
	'sessionId',
	'logId',
	'questionIds',
	'choice',
	'choices',
	'order',
	'left',
	'right'
]);

/** what the value must be, from the issue alone */
function requirement(issue: Issue): string {
	// the field's name, past any list position: "questionIds" for questionIds[1]
	const field = issue.path.findLast((part) => typeof part === 'string');
	if (typeof field === 'string' && timeFields.has(field))
		if (issue.code === 'invalid_type' || issue.code === 'invalid_format') return timeRequirement;
	if (typeof field === 'string' && idFields.has(field) && issue.code === 'invalid_type')
		return 'must be an id (text)';
	switch (issue.code) {
		case 'invalid_type':
			return `must be ${typeWords[issue.expected] ?? issue.expected}`;
		case 'too_small':
			if (issue.origin === 'string') return `must be at least ${count(issue.minimum)} characters`;
			if (issue.origin === 'array') return `must hold at least ${count(issue.minimum)} items`;
			return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${count(issue.minimum)}`;
		case 'too_big':
			if (issue.origin === 'string') return `must be at most ${count(issue.maximum)} characters`;
			if (issue.origin === 'array') return `must hold at most ${count(issue.maximum)} items`;
			return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${count(issue.maximum)}`;
		case 'invalid_format':
			return issue.format === 'datetime'
				? timeRequirement
				: `must be in the ${issue.format} format`;
		case 'invalid_value': {
			const values = issue.values.map((v) => String(v));
			const last = values.pop();
			return `must be ${values.length > 0 ? `${values.join(', ')} or ` : ''}${last}`;
		}
		case 'invalid_union': {
			// a discriminated union names the values its discriminator may take
			const options: unknown = (issue as { options?: unknown }).options;
			return Array.isArray(options)
				? `must be one of ${options.map(String).join(', ')}`
				: 'is not in any of the forms it may take';
		}
		case 'custom':
			return issue.message;
		default:
			return 'is not valid';
	}
}

/**
 * The first issue of a refused value, at `prefix` (where the value sits in the whole state), as
 * one line: the field, what it must be, and what it is.
 *
 * @example
 * describeIssue(['reviewLog', 3], entry, issue) // 'reviewLog[3].stability: must be at most 36,500 (it is 1e+308)'
 */
export function describeIssue(
	prefix: readonly PropertyKey[],
	value: unknown,
	issue: Issue
): string {
	const path = [...prefix, ...issue.path];
	const found = issue.code === 'invalid_union' ? '' : echo(valueAt(value, issue.path));
	return `${fieldPath(path)}: ${requirement(issue)}${found}`;
}
