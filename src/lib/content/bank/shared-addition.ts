import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ---------------------------------------------------------------- single choice
	{
		id: 'shared-addition-two-pathways',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'The attribution graph for `calc: 36+59=` (answer 95) shows Claude 3.5 Haiku doing what?',
		options: [
			{
				id: 'a',
				text: 'Adding the ones, carrying the 1, then adding the tens, as taught at school'
			},
			{ id: 'b', text: 'Recalling 95 as one stored fact about the particular pair 36 and 59' },
			{
				id: 'c',
				text: 'Running a rough-size pathway and an exact last-digit pathway side by side'
			},
			{
				id: 'd',
				text: 'Estimating roughly first, then fixing the tens digit in a second serial pass'
			}
		],
		answer: 'c',
		explanation:
			"Two pathways work in parallel: a low-precision one that lands near 92 and a high-precision one that settles the last digit ('_6 + _9' → 'sum ends in 5'); combined, they give 95. The column-and-carry method is what the model says it did when asked, not what the graph shows. Nor is the whole sum one stored fact: the memorized part the paper points to is the one-digit addition table.",
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'Claude uses a combination of pathways' }
		}
	},
	{
		id: 'shared-addition-self-report-content',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'recall',
		prompt: 'Asked how it worked out 36+59, what did the model say it had done?',
		options: [
			{ id: 'a', text: 'Estimated the size of the total and looked up the last digit separately' },
			{ id: 'b', text: 'Added 6 and 9 to get 15, carried the 1, then added 3, 5 and 1 to get 9' },
			{ id: 'c', text: 'Recalled 95 from a memorized table of every two-digit sum it had seen' },
			{ id: 'd', text: 'Said it could not observe its own computation and declined to explain' }
		],
		answer: 'b',
		explanation:
			"The model gave the textbook account: ones first (6+9=15), carry the 1, then the tens (3+5+1=9), hence 95. The rough-size-plus-last-digit answer is close to what the attribution graph actually shows, which is exactly why it is tempting, but it is not what the model reported. The gap between the two accounts is the paper's point about missing self-insight.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-no-self-insight-conclusion',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			"What does the paper conclude from the mismatch between the model's explanation of 36+59 and its attribution graph?",
		options: [
			{
				id: 'a',
				text: 'It can add without insight into how; explaining and doing are learned apart'
			},
			{
				id: 'b',
				text: 'The graph must be wrong, because the self-report is the more direct evidence'
			},
			{ id: 'c', text: 'The model hides its true method on purpose so as to mislead the user' },
			{
				id: 'd',
				text: 'The model switches to the carry method whenever it is asked to show its work'
			}
		],
		answer: 'a',
		explanation:
			"On whether the model really used the carry method, the paper's verdict is “Apparently not!”: the model can add without metacognitive insight into how, because learning to explain a skill and learning to perform it are different processes. The paper says nothing about deliberate deception, and it treats the graph, not the self-report, as the account of what was computed. Nothing suggests a second, carry-based method that switches on when asked.",
		sources: { paper: ['6', '15'] }
	},
	{
		id: 'shared-addition-rote-memorization-episode',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			"The episode says of Claude's addition, “It’s not just about rote memorization.” What does the paper actually say about memorization here?",
		options: [
			{
				id: 'a',
				text: 'Nothing is memorized at all: every digit is derived from a general sense of number',
				misconception: 'C46'
			},
			{ id: 'b', text: 'The whole two-digit sum is memorized, so 36+59 is one recalled fact' },
			{ id: 'c', text: 'The carry rule is memorized and then applied column by column' },
			{
				id: 'd',
				text: 'One-digit sums are memorized, as by many people; the rest differs from school'
			}
		],
		answer: 'd',
		explanation:
			"The paper says the model knows its one-digit sums by heart, “like many people do”; it is the other parts of the computation that differ from the standard human algorithm. So the episode's line plays down a memorized component the paper explicitly names. Memorizing whole two-digit sums or a carry rule is not what the graph shows.",
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'It’s not just about rote memorization' }
		}
	},
	{
		id: 'shared-addition-analogy-47-28',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			"By analogy with the '_6 + _9' feature for 36+59, which lookup would the high-precision pathway handle for `calc: 47+28=`, and with what result?",
		options: [
			{ id: 'a', text: "'_4 + _2', concluding that the sum ends in 6" },
			{ id: 'b', text: "'_7 + _8', concluding that the sum ends in 5" },
			{ id: 'c', text: "'~47 + ~30', concluding that the sum is about 77" },
			{ id: 'd', text: "'_7 + _8', concluding that the sum ends in 6" }
		],
		answer: 'b',
		explanation:
			"The high-precision pathway in §6 works only on the operands' last digits: 7 + 8 = 15, so the sum must end in 5 (47+28 is 75). A rough '~47 + ~30' lookup is the low-precision pathway's kind of job, and the tens digits play no part in the last-digit lookup. This applies the paper's 36+59 scheme by analogy; the paper itself traced 36+59.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-assert-intermediate',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			"For `assert (4 + 5) * 3 ==` the model answers 27. What part does the '4 + 5' addition feature play?",
		options: [
			{ id: 'a', text: 'None: the model recalls 27 whole from code it has seen before' },
			{ id: 'b', text: "It fires only after 'calc:', so a separate circuit handles code" },
			{ id: 'c', text: 'It is reused, and 9 is marked as an intermediate, not the answer' },
			{ id: 'd', text: 'It outputs 9 as the answer, which the model then erases and rewrites' }
		],
		answer: 'c',
		explanation:
			"The paper shows the same '4 + 5' feature being reused inside a larger expression: 'expression type' features steer the model, and another feature tags 9 as “computed as an intermediate step”, so the output is 27. That is the sense in which addition features take different roles in different contexts. The feature is not confined to 'calc:' prompts, and nothing is written out and erased.",
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			}
		}
	},
	{
		id: 'shared-addition-tutor-self-explanations',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A tutoring app asks Claude 3.5 Haiku to explain each sum it does and shows pupils those explanations as “how the AI really calculates”. In the light of §6, what is wrong with that?',
		options: [
			{ id: 'a', text: 'The explanations give wrong arithmetic, since carrying cannot give 95' },
			{ id: 'b', text: 'The model cannot explain its arithmetic, so the app will get refusals' },
			{ id: 'c', text: 'The explanations would expose parallel pathways that confuse pupils' },
			{ id: 'd', text: 'The model may explain the school method while computing another way' }
		],
		answer: 'd',
		explanation:
			'In §6 the model explains 36+59 with the school carry method, yet its attribution graph shows parallel rough-size and last-digit pathways instead. Its explanations are fine as arithmetic lessons, but they are not evidence of how the model itself computed. The carry method does give 95, and the model did not refuse; it simply described a method it did not use.',
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'Imagine an AI tutor that can adapt its teaching style'
			}
		}
	},

	{
		id: 'shared-addition-citation-analogy-1956',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			"A citation refers to volume 39 of a journal founded in 1956 (so the year is 1995). By analogy with the Polymer example, which lookup feature from §6 would suit the year's last digit?",
		options: [
			{ id: 'a', text: "'_6 + _9', the same feature used for 36+59" },
			{ id: 'b', text: "'_5 + _3', built from the two tens digits" },
			{ id: 'c', text: "'_9 + _9', the feature swapped in to get 1998" },
			{ id: 'd', text: "'~56 + ~40', a rough lookup on the sizes" }
		],
		answer: 'a',
		explanation:
			"The year is 1956 + 39, and the last digits being added are 6 and 9, exactly the pair handled by the '_6 + _9' lookup (Polymer was 1959 + 36, the same digits the other way round). The tens digits do not enter a last-digit lookup, and a rough '~56 + ~40' lookup gives size, not the final digit. The paper reports the Polymer case; this is the same reasoning applied to a new citation.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-no-carry-needed',
		topic: 'shared-addition',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A sceptic says: “Without carrying the 1 from 6+9, the model could not know the answer is 95 rather than 85.” How does the mechanism in §6 get the tens right without a carry step?',
		options: [
			{ id: 'a', text: 'It cannot: the graph shows a hidden carry passed from ones to tens' },
			{ id: 'b', text: 'It has 36+59 stored whole, so no tens digit is ever computed' },
			{ id: 'c', text: 'It writes the carried 1 into its output and then reads it back' },
			{ id: 'd', text: 'A rough estimate near 92 plus “ends in 5” leaves only 95 as a fit' }
		],
		answer: 'd',
		explanation:
			"The low-precision pathway says the total is around 92, which rules out 85, and the last-digit pathway says it ends in 5; the two together single out 95. No carry is needed, which is why the model's carry-based self-explanation does not describe what it computes. The graph shows no carry signal and no stored two-digit fact, and nothing is written out mid-computation.",
		sources: { paper: ['6'] }
	},
	// ---------------------------------------------------------------- multi-select
	{
		id: 'shared-addition-lookup-contexts',
		topic: 'shared-addition',
		type: 'multi',
		difficulty: 'recall',
		prompt:
			"Apart from arithmetic prompts, where did the paper find the same '_6 + _9' lookup feature active? Select all that apply.",
		options: [
			{ id: 'a', text: 'Tables of astronomical measurements' },
			{ id: 'b', text: 'Antonym prompts in French and Chinese' },
			{ id: 'c', text: 'Financial tables' },
			{ id: 'd', text: 'Journal citations (volume and year)' },
			{ id: 'e', text: 'Blood-pressure readings in medical prompts' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			"The paper reports the '_6 + _9' feature firing in astronomical measurement tables, financial tables and journal citations, where working out a year is hidden addition. The antonym prompts belong to the multilingual study (§5) and the blood-pressure reading to the medical case (§7); neither is reported as using this feature.",
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'it generalizes features from arithmetic to other tasks'
			}
		}
	},
	{
		id: 'shared-addition-pathway-facts',
		topic: 'shared-addition',
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			'Which statements describe the pathways for `calc: 36+59=` correctly? Select all that apply.',
		options: [
			{ id: 'a', text: 'One works at low precision and arrives at roughly 92' },
			{ id: 'b', text: 'One looks up the last digits and decides the sum ends in 5' },
			{ id: 'c', text: 'They run in parallel and their results combine into 95' },
			{ id: 'd', text: 'The tens pathway waits for a carry signal from the ones' },
			{ id: 'e', text: 'Each writes a partial result into the visible output first' }
		],
		answers: ['a', 'b', 'c'],
		explanation:
			"The low-precision pathway ('~36 + ~60' → 'sum ~92') and the high-precision one ('_6 + _9' → 'ends in 5') run side by side, and their combination pins down 95. No carry signal passes from a ones step to a tens step: that sequential picture is the model's own account, not its circuit. Everything happens inside one forward pass, with no partial results written out.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-self-insight-facts',
		topic: 'shared-addition',
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			"Which of these does §6 support about the model's account of its own addition? Select all that apply.",
		options: [
			{ id: 'a', text: 'Its account describes carrying the 1 into the tens column' },
			{ id: 'b', text: 'Its account does not match the pathways in its attribution graph' },
			{ id: 'c', text: 'The paper reads the mismatch as deliberate deception by the model' },
			{ id: 'd', text: 'The paper says learning to explain and learning to do are different' },
			{
				id: 'e',
				text: 'The paper concludes the model fully understands how it does its own arithmetic'
			}
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'The model describes the carry method, the graph shows parallel rough-size and last-digit pathways, and the paper explains the gap by saying that explaining and doing are learned separately. It frames this as a capability without metacognitive insight, not as lying. Full self-understanding is the opposite of its conclusion.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-episode-lines-backed',
		topic: 'shared-addition',
		type: 'multi',
		difficulty: 'transfer',
		prompt:
			'Which of these lines from the episode, about generalization and addition, does the paper back up? Select all that apply.',
		options: [
			{ id: 'a', text: '“the same addition circuitry is applicable across different contexts”' },
			{ id: 'b', text: '“Claude uses a combination of pathways”' },
			{ id: 'c', text: '“It’s not just about rote memorization”', misconception: 'C46' },
			{
				id: 'd',
				text: '“even if you change the prompt slightly, it can still apply the same underlying logic”',
				misconception: 'C14'
			},
			{ id: 'e', text: '“it generalizes features from arithmetic to other tasks”' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			"Reuse across contexts, the combination of pathways and the spread of arithmetic features to citations and tables are all in §6. The paper does say a memorized one-digit table is part of the method, so the “not rote memorization” line distorts it. And the paper's generalization evidence is reuse of the same features in very different settings, not robustness to a slightly reworded prompt.",
		sources: {
			paper: ['6', '1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the same addition circuitry is applicable across different contexts'
			}
		}
	},
	{
		id: 'shared-addition-polymer-interventions',
		topic: 'shared-addition',
		type: 'multi',
		difficulty: 'mechanism',
		prompt:
			'What did the paper show with the journal citation `Polymer, 36, 837, 1`? Select all that apply.',
		options: [
			{ id: 'a', text: "Suppressing the '_6 + _9' feature changed the predicted year" },
			{ id: 'b', text: "Swapping in a '_9 + _9' feature moved the year to 1998" },
			{ id: 'c', text: "Swapping in '_9 + _9' left the year at 1995, so the feature was idle" },
			{ id: 'd', text: 'Suppressing the feature made the model refuse to give any year' },
			{ id: 'e', text: 'The addition feature fired although the prompt had no plus sign' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			"The citation contains no arithmetic symbols, yet the '_6 + _9' feature is active, because the year depends on the volume (36) and the journal's founding year (1959). Suppressing the feature changed the predicted year, and swapping in '_9 + _9' changed it from 1995 to 1998, which shows the feature is doing real work there. No refusal is reported.",
		sources: { paper: ['6'] }
	},

	// ---------------------------------------------------------------- true / false
	{
		id: 'shared-addition-tf-self-report-matches',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'When asked how it got 95, the model described the same parallel pathways that its attribution graph revealed.',
		answer: false,
		explanation:
			"The model described the school method (ones, carry the 1, tens), while the graph shows a rough-size pathway and an exact last-digit pathway working in parallel. That mismatch is the paper's example of a capability without insight into it.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-tf-one-digit-table',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'According to the paper, the model knows the sums of single digits by heart, much as many people do.',
		answer: true,
		explanation:
			"The paper says the model has memorized the one-digit addition table, comparing this to what many people do; the '_6 + _9' lookup is an example. What differs from human schooling is how the rest of the computation is put together, with parallel rough and exact pathways.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-tf-no-memorized-facts',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			"The paper's account of 36+59 involves no memorized facts, only a general understanding of numbers applied to the case.",
		answer: false,
		misconception: 'C46',
		explanation:
			"This echoes the episode, but the paper names a memorized component: a lookup table of one-digit sums, such as '_6 + _9'. The lookups feed two parallel pathways whose results are combined. “Understanding of numbers” is the episode's gloss, not the paper's description.",
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s applying its understanding of numbers in various scenarios'
			}
		}
	},
	{
		id: 'shared-addition-tf-slight-rewording',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'When the paper says the addition features generalize, it means the model still gets a sum right when the arithmetic prompt is slightly reworded.',
		answer: false,
		misconception: 'C14',
		explanation:
			"The paper's evidence for generalization is that the very same features are reused in quite different settings: citations, measurement tables, financial tables and code. Robustness to small rewordings of an arithmetic prompt is not what it tests, and it stresses that its findings are claims about specific examples.",
		sources: {
			paper: ['6', '1'],
			transcript: { section: 'introduction', text: 'even if you change the prompt slightly' }
		}
	},
	{
		id: 'shared-addition-tf-citation-same-feature',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'The feature that fires on the citation `Polymer, 36, 837, 1` is a separate citation feature, distinct from the one that helps compute `calc: 36+59=`.',
		answer: false,
		explanation:
			"It is the same feature: the '_6 + _9' lookup from the addition prompt also fires on `Polymer, 36, 837, 1`, where predicting the year amounts to adding 36 to 1959. Interventions on it change the predicted year, so one shared feature is doing the same kind of work in both places, not a citation-specific copy.",
		sources: { paper: ['6', '15'] }
	},
	{
		id: 'shared-addition-tf-swap-1998',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			"Replacing the '_6 + _9' feature with a '_9 + _9' feature in the Polymer citation moved the predicted year from 1995 to 1998.",
		answer: true,
		explanation:
			'That is the reported swap result: 9 + 9 ends in 8, and the year became 1998 instead of 1995. It shows that the borrowed addition feature carries the last digit of the year, not just a loose association with citations.',
		sources: { paper: ['6'] }
	},

	{
		id: 'shared-addition-tf-asking-is-enough',
		topic: 'shared-addition',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'A researcher who only asked Claude 3.5 Haiku to describe its method for 36+59 would have learned about its two parallel pathways.',
		answer: false,
		explanation:
			'Asked directly, the model describes the school carry method, not the rough-size and last-digit pathways. The pathways only show up in the attribution graph and the interventions, which is why the paper treats the self-report as evidence of missing self-insight rather than as a window on the mechanism.',
		sources: { paper: ['6'] }
	},
	// ---------------------------------------------------------------- typed
	{
		id: 'shared-addition-typed-answer',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'recall',
		prompt: 'What number does the model give for the prompt `calc: 36+59=`?',
		accepted: ['95', 'ninety-five'],
		explanation:
			'36 + 59 = 95, and the model gets it right. The interesting part is how: a rough pathway lands near 92 and a last-digit pathway says the sum ends in 5, and only together do they pin down 95.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-typed-rough-sum',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'mechanism',
		prompt:
			"The low-precision pathway for 36+59 ends in a rough 'sum ~?' feature. Which number does that feature name?",
		accepted: ['92', 'about 92', 'around 92', 'roughly 92', 'approximately 92', 'sum ~92'],
		explanation:
			"The rough pathway works with approximate operands ('~36 + ~60') and lands on 'sum ~92': the right size, but not exact. The exact last digit comes from the other pathway ('ends in 5'), and together they give 95.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-typed-last-digit',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'mechanism',
		prompt: 'For 36+59, the high-precision pathway concludes that the sum ends in which digit?',
		accepted: ['5', 'five'],
		explanation:
			"The '_6 + _9' lookup gives 15 for the last digits, so the sum must end in 5. This pathway says nothing about the size of the answer; that comes from the low-precision pathway (about 92).",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-typed-swap-year',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			"In the Polymer citation, which year did the model predict after the '_6 + _9' feature was swapped for '_9 + _9'?",
		accepted: ['1998', 'the year 1998', '98'],
		explanation:
			"Unaltered, the model completes the citation with 1995 (volume 36 of a journal founded in 1959). With '_9 + _9' swapped in, the last digit follows the new lookup (9 + 9 ends in 8), giving 1998.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-typed-operand-grid',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'How many prompts of the form `calc: a+b=`, with a and b each from 0 to 99, did the paper use for its operand plots?',
		accepted: ['10,000', '10000', 'ten thousand', '10k'],
		explanation:
			"Every pair a, b from 0 to 99 gives 100 × 100 = 10,000 prompts. Plotting a feature's activity over that grid shows which operand pairs it responds to.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-typed-swap-analogy',
		topic: 'shared-addition',
		type: 'typed',
		difficulty: 'transfer',
		prompt:
			"Suppose that, in the Polymer citation (volume 36, journal founded 1959), the '_6 + _9' feature were swapped for a '_6 + _7' feature, and the swap worked the way the '_9 + _9' swap did. Which year would you expect?",
		accepted: ['1993', '93'],
		explanation:
			"In the reported swap, '_9 + _9' (ending in 8) turned 1995 into 1998: the swapped feature set the year's last digit. By the same logic 6 + 7 = 13 ends in 3, so the year would be 1993. The paper itself reports only the '_9 + _9' swap; this applies its result by analogy.",
		sources: { paper: ['6'] }
	},

	// ---------------------------------------------------------------- cloze
	{
		id: 'shared-addition-cloze-pathways',
		topic: 'shared-addition',
		type: 'cloze',
		difficulty: 'mechanism',
		prompt: 'Fill in the two pathways for `calc: 36+59=`.',
		text: "A low-precision pathway estimates the sum at about {{1}}, while a high-precision pathway looks up '_6 + _{{2}}' and decides that the sum ends in {{3}}.",
		gaps: [['92'], ['9'], ['5', 'five']],
		explanation:
			'The rough pathway gets the size right (about 92) and the exact pathway gets the last digit right (5); the only number near 92 that ends in 5 is 95. Neither pathway alone is enough, which is why the paper describes two parallel pathways whose results are combined.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-cloze-polymer',
		topic: 'shared-addition',
		type: 'cloze',
		difficulty: 'recall',
		text: 'Given the citation `Polymer, 36, 837, 1`, the model completes the year as {{1}}: volume 36 of a journal that was founded in {{2}}.',
		gaps: [['1995', '995'], ['1959']],
		explanation:
			"Predicting the year means adding the volume number to the founding year, and the last digits 6 and 9 are exactly what the '_6 + _9' lookup handles. That is why a feature first seen in arithmetic turns up in a bibliography.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-cloze-self-report',
		topic: 'shared-addition',
		type: 'cloze',
		difficulty: 'recall',
		text: "Asked how it reached 95, the model said it added the ones (6+9=15), {{1}} the 1, then added the tens. The paper's reply to whether that is really what it did: “Apparently {{2}}!”",
		gaps: [['carried', 'carrying', 'carry'], ['not']],
		explanation:
			"The model describes the standard school algorithm, but its circuits combine a rough-size pathway with a last-digit lookup instead. The paper's dry “Apparently not!” marks a capability without metacognitive insight into it.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-cloze-assert',
		topic: 'shared-addition',
		type: 'cloze',
		difficulty: 'mechanism',
		text: "For `assert (4 + 5) * 3 ==` the model answers {{1}}. The '4 + 5' feature is reused, and {{2}}-type features steer the model to treat 9 as an intermediate result.",
		gaps: [['27'], ['expression']],
		explanation:
			"Here the sum 9 is only a step: 'expression type' features, plus a feature that tags 9 as an intermediate result, let the model go on to 27. The same addition feature therefore plays a different role in code than in a plain sum.",
		sources: { paper: ['6'] }
	},

	// ---------------------------------------------------------------- ordering
	{
		id: 'shared-addition-order-self-report',
		topic: 'shared-addition',
		type: 'ordering',
		difficulty: 'recall',
		prompt: 'Put the steps of the method the model CLAIMED to use for 36+59 in order.',
		items: [
			{ id: 'a', text: 'Add the ones: 6 + 9 = 15' },
			{ id: 'b', text: 'Carry the 1 into the tens' },
			{ id: 'c', text: 'Add the tens with the carry: 3 + 5 + 1 = 9' },
			{ id: 'd', text: 'Give the result: 95' }
		],
		explanation:
			'This is the sequence the model gave when asked to explain itself: the familiar column method. Its attribution graph shows something else, two parallel pathways rather than a sequence with a carry, which is why the paper says the model lacks insight into its own method.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-order-ones-pathway',
		topic: 'shared-addition',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt: 'Put the steps of the high-precision (last-digit) pathway for `calc: 36+59=` in order.',
		items: [
			{ id: 'a', text: 'The operands in the prompt end in 6 and 9' },
			{ id: 'b', text: "A '_6 + _9' lookup-table feature becomes active" },
			{ id: 'c', text: "A 'sum ends in 5' feature becomes active" },
			{ id: 'd', text: 'Joined with the rough estimate (about 92), the output is 95' }
		],
		explanation:
			"The last digits of the operands trigger the memorized one-digit lookup, which yields the fact that the sum ends in 5. That exact digit is then combined with the low-precision pathway's rough size to produce 95. The combination comes last because it needs both pathways' results.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-order-insight-test',
		topic: 'shared-addition',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt: "Put the steps of the paper's check on the model's self-insight into a logical order.",
		items: [
			{ id: 'a', text: 'Ask the model how it arrived at 95' },
			{ id: 'b', text: 'Record its reply: ones first, carry the 1, then the tens' },
			{ id: 'c', text: 'Set that reply beside the parallel pathways in the attribution graph' },
			{ id: 'd', text: 'Conclude that it can add without insight into how it adds' }
		],
		explanation:
			'The self-report has to be collected before it can be compared, and the conclusion comes only from the comparison. Because the description (carry the 1) does not match the mechanism the graph shows (rough size plus last-digit lookup), the paper concludes the model has the skill without metacognitive insight into it, not that it is lying or that the graph is wrong.',
		sources: { paper: ['6'] }
	},

	// ---------------------------------------------------------------- matching
	{
		id: 'shared-addition-match-features',
		topic: 'shared-addition',
		type: 'matching',
		difficulty: 'mechanism',
		prompt: 'Match each feature named in §6 with the job it does.',
		pairs: [
			{ id: 'a', left: "'~36 + ~60'", right: 'Rough lookup on the approximate operands' },
			{ id: 'b', left: "'sum ~92'", right: 'Rough estimate of the size of the total' },
			{ id: 'c', left: "'_6 + _9'", right: 'Exact lookup on the last digits' },
			{ id: 'd', left: "'sum ends in 5'", right: "Exact claim about the answer's final digit" },
			{ id: 'e', left: "'expression type'", right: 'Steers the model to treat 9 as a step in code' }
		],
		explanation:
			"The first two belong to the low-precision pathway, the next two to the high-precision one, and the pair of pathways combine into 95. The 'expression type' features come from the `assert (4 + 5) * 3 ==` example, where the addition result is an intermediate rather than the answer.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-match-contexts',
		topic: 'shared-addition',
		type: 'matching',
		difficulty: 'recall',
		prompt: 'Match each §6 prompt, or the feature swap, with the number the model then gave.',
		pairs: [
			{ id: 'a', left: '`calc: 36+59=`', right: '95' },
			{ id: 'b', left: '`Polymer, 36, 837, 1` (journal founded 1959)', right: '1995' },
			{ id: 'c', left: "The same citation with '_9 + _9' swapped in", right: '1998' },
			{ id: 'd', left: '`assert (4 + 5) * 3 ==`', right: '27' }
		],
		explanation:
			'All four draw on the same kind of addition features: a plain sum, a citation year that is hidden addition, the citation again after a feature swap, and code where 4 + 5 is only an intermediate step. The 1998 result is the one produced by intervention rather than by the unaltered model.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-match-episode-lines',
		topic: 'shared-addition',
		type: 'matching',
		difficulty: 'transfer',
		prompt: 'Match each line from the episode with what the paper says about it.',
		pairs: [
			{
				id: 'a',
				left: '“the same addition circuitry is applicable across different contexts”',
				right: 'Backed: one lookup feature serves sums, tables and citations'
			},
			{
				id: 'b',
				left: '“It’s not just about rote memorization”',
				right: 'Distorted: the one-digit addition table is memorized'
			},
			{
				id: 'c',
				left: '“a level of abstraction we typically associate with human-like reasoning”',
				right: "Hosts' opinion: beyond the one-digit table, the method is unlike human algorithms"
			},
			{
				id: 'd',
				left: "“It's like it knows when to adapt its reasoning”",
				right: "Loosely backed: 'expression type' features make 9 an intermediate step"
			}
		],
		explanation:
			"The reuse claim matches §6 (and the introduction's remark that computations generalize across contexts). The memorization line contradicts the paper's own words about the one-digit table. The human-likeness line is the hosts' opinion; the paper stresses that, apart from the memorized table, the strategy differs from standard human algorithms. “Adapt its reasoning” is a loose gloss on the `assert (4 + 5) * 3` example.",
		sources: {
			paper: ['6', '1'],
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			}
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'shared-addition-card-prompt',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Which prompt does §6 use to study addition, and where is the detailed study?',
		back: '`calc: 36+59=` → 95; the full analysis is in the companion methods paper.',
		explanation:
			'The biology paper summarizes the addition case and refers to the companion paper, “Circuit Tracing”, for the details. The same prompt serves for the self-insight test, when the model is asked how it got 95.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-two-pathways',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'The two parallel pathways for 36+59',
		back: "Low precision: '~36 + ~60' → 'sum ~92'. High precision: '_6 + _9' → 'ends in 5'. Combined: 95.",
		explanation:
			"One pathway gets the size roughly right, the other gets the last digit exactly right, and together they fix the answer. Parallel mechanisms like this are, in the paper's words, “the rule, not the exception”.",
		sources: {
			paper: ['6', '15'],
			transcript: { section: 'key-concepts-2', text: 'Claude uses a combination of pathways' }
		}
	},
	{
		id: 'shared-addition-card-low-precision-features',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Features named on the low-precision pathway for 36+59',
		back: "'add ~57', the '~36 + ~60' lookup, and 'sum ~92'.",
		explanation:
			"These features deal in approximate quantities, so they can say the answer is in the low nineties but not which number exactly. The exact last digit comes from the '_6 + _9' lookup on the other pathway.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-memorized-table',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: 'What has the model memorized for addition, according to §6?',
		back: 'The one-digit addition table, as many people have; the rest differs from standard human algorithms.',
		explanation:
			"Lookup-table features such as '_6 + _9' are that memorized table at work. The overall strategy of parallel rough and exact pathways is what makes the model's method unlike the school algorithm.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-self-report',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How did the model explain its own answer to 36+59?',
		back: 'The school method: 6+9=15, carry the 1, 3+5+1=9, so 95.',
		explanation:
			"That is a correct way to add, but it is not what the attribution graph shows the model doing. The paper's verdict on the explanation is “Apparently not!”",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-no-self-insight',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'mechanism',
		front: "What does the gap between the model's explanation and its graph show?",
		back: 'A capability without metacognitive insight: learning to explain and learning to do are separate processes.',
		explanation:
			"The model can add, and it can describe addition, but its description is not a readout of its own circuits. The paper's discussion (§15) leaves open how much genuine self-knowledge the model has at all.",
		sources: { paper: ['6', '15'] }
	},
	{
		id: 'shared-addition-card-reuse-contexts',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: "Where else does the '_6 + _9' lookup feature fire?",
		back: 'Astronomical measurement tables, financial tables and journal citations.',
		explanation:
			"In each case some hidden addition with those last digits is needed. This is the paper's evidence that the same addition circuitry generalizes across very different contexts.",
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the same addition circuitry is applicable across different contexts'
			}
		}
	},
	{
		id: 'shared-addition-card-polymer',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why does `Polymer, 36, 837, 1` involve addition?',
		back: 'Volume 36 of a journal founded in 1959 dates from 1995: 59 + 36, with last digits 6 and 9.',
		explanation:
			"To predict the year, the model effectively adds the volume number to the founding year, so the '_6 + _9' lookup becomes useful. Interventions confirm it: suppressing the feature changes the year, and swapping in '_9 + _9' gives 1998.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-swap-1998',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: "Polymer citation: swap '_6 + _9' for '_9 + _9'. Result?",
		back: 'The predicted year changes from 1995 to 1998.',
		explanation:
			"9 + 9 ends in 8, and the year's last digit follows it. Because the change is the one the swapped feature predicts, it shows the addition feature really drives the citation year.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-assert',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'mechanism',
		front: '`assert (4 + 5) * 3 ==`: answer and mechanism',
		back: "27. The '4 + 5' feature is reused for an intermediate step; 'expression type' features guide it and 9 is marked as intermediate.",
		explanation:
			"The same addition feature serves a different role here: its result is a stepping stone, not the output. This is the example behind the episode's loose remark that the model adapts its reasoning to the situation.",
		sources: {
			paper: ['6'],
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			}
		}
	},
	{
		id: 'shared-addition-card-operand-plots',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How many prompts went into the operand plots for addition features?',
		back: '10,000: `calc: a+b=` for every a and b from 0 to 99.',
		explanation:
			'Every pair a, b from 0 to 99 gives 100 × 100 = 10,000 prompts, so a plot over that grid shows for which operand pairs a feature is active, rather than resting on the single prompt 36+59. The grid is a count of prompts, not of features.',
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-contrast-rote',
		topic: 'shared-addition',
		kind: 'contrast',
		claim: 'C46',
		difficulty: 'mechanism',
		front:
			'Episode: “It’s not just about rote memorization.” Which feature in the 36+59 graph is memorization at work?',
		back: "Paper (§6): the '_6 + _9' lookup-table feature, a piece of the one-digit addition table the model has memorized “like many people do”; it yields 'sum ends in 5'.",
		explanation:
			'The memorized table is not a side detail: it supplies the exact last digit that the rough pathway cannot. What differs from school arithmetic is how that lookup is combined with a low-precision estimate, not the absence of memorized facts.',
		sources: {
			paper: ['6'],
			transcript: { section: 'key-concepts-2', text: 'It’s not just about rote memorization' }
		}
	},
	{
		id: 'shared-addition-card-contrast-slight-change',
		topic: 'shared-addition',
		kind: 'contrast',
		claim: 'C14',
		difficulty: 'transfer',
		front:
			'Against the episode’s “change the prompt slightly”: where does §6 find the same addition feature at work?',
		back: 'In inputs that look nothing like a sum: journal citations (Polymer, 36 → 1995), astronomical measurement tables and financial tables. Reuse across such contexts is what the paper means by generalizing (§1, §6).',
		explanation:
			"A reworded arithmetic prompt would still be arithmetic; a bibliography entry is not, yet the '_6 + _9' feature fires there and steers the year. The paper also warns that its results are claims about specific examples only.",
		sources: {
			paper: ['1', '6', '14'],
			transcript: {
				section: 'introduction',
				text: 'it can still apply the same underlying logic to come up with a relevant response'
			}
		}
	},
	{
		id: 'shared-addition-card-self-report-transfer',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'A model gives a tidy step-by-step account of how it did a sum. What does §6 warn?',
		back: 'The account may not describe the computation it actually ran; check the internals, not the self-report.',
		explanation:
			"In §6 the model's tidy carry-the-1 account coexists with a quite different internal method. A self-description is a separate learned skill, so it cannot be taken as a trace of the model's own processing.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-analogy-47-28',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'transfer',
		front: "By analogy with '_6 + _9', what would the last-digit pathway look up for 47+28?",
		back: "'_7 + _8', so the sum ends in 5 (75).",
		explanation:
			"The high-precision pathway uses only the operands' last digits; the size comes from the rough pathway. The paper traced 36+59, so this applies its scheme by analogy.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-citation-1956',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Volume 39 of a journal founded in 1956: what year, and which §6 lookup fits its last digit?',
		back: "1995; the last digits are 6 and 9, so the '_6 + _9' lookup, as in the Polymer example.",
		explanation:
			"Citation years are hidden addition: founding year plus volume number. The paper showed the '_6 + _9' feature at work in the Polymer citation (1959 + 36); this card applies the same reasoning to a new case.",
		sources: { paper: ['6'] }
	},
	{
		id: 'shared-addition-card-discussion-themes',
		topic: 'shared-addition',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Which two general themes of the discussion (§15) does the addition case illustrate?',
		back: 'Parallel mechanisms (rough and exact pathways) and abstraction (the same addition features reused elsewhere).',
		explanation:
			"Addition shows two routes to one answer running side by side, and the same lookup feature turning up in citations and tables. It also feeds the discussion's question about meta-cognition, since the model cannot describe its own method.",
		sources: {
			paper: ['15', '6'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It can take what it learns from one context and apply it to another'
			}
		}
	}
];
