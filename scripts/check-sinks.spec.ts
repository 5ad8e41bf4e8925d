import { expect, test } from 'vitest';
import { findSinks } from './check-sinks.js';

test('every sink is found with its line', () => {
	const text = [
		'const ok = node.textContent;',
		'node.innerHTML = html;',
		'el.outerHTML; el.insertAdjacentHTML("beforeend", x);',
		'document.write(x); document.writeln(y);',
		'eval (code); const f = new Function("return 1");',
		'<p>{@html text}</p>'
	].join('\n');
	expect(findSinks(text).map(({ line, sink }) => `${line}:${sink}`)).toEqual([
		'2:innerHTML',
		'3:outerHTML',
		'3:insertAdjacentHTML',
		'4:document.write',
		'5:eval(',
		'5:new Function(',
		'6:{@html'
	]);
});

test('names that merely contain a sink are not reported', () => {
	const text = 'retrieval(x); medieval (y); obj.eval; const html = `{text}`; writer.write(z);';
	expect(findSinks(text)).toEqual([]);
});
