import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ── single choice ──────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-intermediate-step',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'recall',
		prompt:
			'For "Fact: the capital of the state containing Dallas is", which intermediate concept did the attribution graph show between "Dallas" and the answer "Austin"?',
		options: [
			{ id: 'a', text: 'California' },
			{ id: 'b', text: 'Houston' },
			{ id: 'c', text: 'Texas' },
			{ id: 'd', text: 'The United States' }
		],
		answer: 'c',
		explanation:
			'"Dallas" features activate "Texas" features, which combine with "say a capital" features to push the output to "Austin". California only enters when researchers swap its features in, which turns the answer into Sacramento.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-california-swap',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'recall',
		prompt:
			'Researchers replaced the Texas features with California features taken from a prompt about Oakland. What did the model answer?',
		options: [
			{ id: 'a', text: 'Sacramento, at 97%' },
			{ id: 'b', text: 'Sacramento, at 33%' },
			{ id: 'c', text: 'Albany, at 34%' },
			{ id: 'd', text: 'Austin, at 97%' }
		],
		answer: 'a',
		explanation:
			'With California in place of Texas, the model names California’s capital with 97% probability, which shows the answer is built from the intermediate state. The 33% Sacramento and 34% Albany figures come from a different experiment, inhibiting the Dallas features, where probability spreads over several state capitals.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-shortcut-route',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'Besides the two-hop route through Texas, which other path did the graph show feeding the answer "Austin"?',
		options: [
			{ id: 'a', text: 'From "capital" straight to the token "Texas"' },
			{ id: 'b', text: 'From "Fact:" to features for every state capital' },
			{ id: 'c', text: 'From the output "Austin" back to "Dallas"' },
			{ id: 'd', text: 'From "Dallas" directly to "say Austin"' }
		],
		answer: 'd',
		explanation:
			'The paper finds a direct shortcut edge from Dallas to "say Austin" running alongside the genuine two-step path, and §13 lists such convergent shortcuts among common circuit patterns. "Capital" feeds "say a capital" features, not Texas, and a forward pass has no edges running back from the output.',
		sources: { paper: ['3', '13'] }
	},
	{
		id: 'multi-step-reasoning-leftover-austin',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A researcher suppresses only the Texas features on the Dallas prompt and sees "Austin" weaken but keep some probability. Which part of the §3 graph offers a route for what is left?',
		options: [
			{ id: 'a', text: '"Say a capital" features alone, favouring famous capitals' },
			{ id: 'b', text: 'The direct shortcut edge from Dallas to "say Austin"' },
			{
				id: 'c',
				text: 'A chain of thoughts the model writes before it answers',
				misconception: 'C27'
			},
			{ id: 'd', text: 'Texas features rebuilt from the word "capital"' }
		],
		answer: 'b',
		explanation:
			'The graph has a shortcut that carries Dallas to "say Austin" without passing through Texas, so it is the obvious candidate for any leftover. "Say a capital" features know a capital is wanted but not which one, and the model writes no chain of thought here: the reasoning happens inside a single forward pass.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '13']
		}
	},
	{
		id: 'multi-step-reasoning-failed-swap',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'Suppose the California swap had left the answer at "Austin" instead of moving it to Sacramento. Under the paper’s way of reasoning, what would that have suggested?',
		options: [
			{ id: 'a', text: 'That the Texas features were what decided the answer' },
			{ id: 'b', text: 'That the model must be reasoning in written steps' },
			{ id: 'c', text: 'That the answer did not hinge on the Texas features' },
			{ id: 'd', text: 'That California features cannot exist in this model' }
		],
		answer: 'c',
		explanation:
			'Swaps are the paper’s test of whether an intermediate feature is causally used: if replacing it changes nothing, the answer is not flowing through it (the shortcut would be a suspect). Because the real swap did give Sacramento at 97%, the paper concludes that the Texas step matters.',
		sources: { paper: ['3', '2'] }
	},
	{
		id: 'multi-step-reasoning-oakland-intermediate',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'The model is asked for "the capital of the state containing Oakland". If it reasons as it did for Dallas, which intermediate features should a tracer look for?',
		options: [
			{ id: 'a', text: '"Say Austin" features' },
			{ id: 'b', text: 'Texas features' },
			{ id: 'c', text: '"Say Oakland" features' },
			{ id: 'd', text: 'California features' }
		],
		answer: 'd',
		explanation:
			'The two-step pattern is city → its state → that state’s capital, so Oakland should route through California; the paper in fact took its California features from an Oakland prompt. Texas and "say Austin" belong to the Dallas case, and "say Oakland" would be saying the city itself.',
		sources: { paper: ['3'] }
	},

	// ── multi-select ───────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-reported-swaps',
		topic: 'multi-step-reasoning',
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which of these swaps (features put in place of Texas → the model’s new answer) does the paper report? Select all that apply.',
		options: [
			{ id: 'a', text: 'Georgia → Atlanta' },
			{ id: 'b', text: 'California → Oakland' },
			{ id: 'c', text: 'British Columbia → Victoria' },
			{ id: 'd', text: 'China → Shanghai' },
			{ id: 'e', text: 'Byzantine Empire → Constantinople' },
			{ id: 'f', text: 'Texas → Dallas' }
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'Each reported swap moves the answer to the capital of whatever region was swapped in: Atlanta, Victoria, Constantinople, and also Sacramento for California and Beijing for China. Oakland, Shanghai and Dallas are cities but not the capitals in question.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-skeptic',
		topic: 'multi-step-reasoning',
		type: 'multi',
		difficulty: 'transfer',
		prompt:
			'A skeptic says the model simply memorized "Dallas → Austin" as one fact. Which findings count against that being the whole story? Select all that apply.',
		options: [
			{ id: 'a', text: 'Texas features are active between "Dallas" and the answer' },
			{ id: 'b', text: 'Swapping Texas for California features yields Sacramento' },
			{ id: 'c', text: 'A direct edge runs from Dallas to "say Austin"' },
			{ id: 'd', text: 'Swapping in Georgia features yields Atlanta' },
			{ id: 'e', text: 'The model answers "Austin" on the unaltered prompt' },
			{ id: 'f', text: 'The model writes out no intermediate step' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'An active Texas step, and swaps that move the answer to the swapped-in state’s capital, show that the answer is computed through the state. The direct Dallas → "say Austin" edge is exactly the kind of shortcut the skeptic has in mind, which is why the paper says genuine two-step reasoning coexists with shortcut reasoning; the plain answer and the missing written steps settle nothing either way.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'it’s actually connecting dots like a detective in a mystery novel'
			},
			paper: ['3']
		}
	},

	// ── true / false ───────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-tf-written-chain',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'In the Dallas example, the model reaches "Austin" by writing out a chain of thoughts, step by step, before it answers.',
		answer: false,
		misconception: 'C27',
		explanation:
			'The two steps happen "in its head", inside a single forward pass: Dallas → Texas features, plus "say a capital", give Austin, with no written reasoning at all. The episode’s picture of a conversation-like chain of thoughts describes written chain-of-thought, which is a different thing and one the paper shows can be unfaithful (§11).',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '1', '11']
		}
	},
	{
		id: 'multi-step-reasoning-tf-coexist',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'On the Dallas prompt, the paper reports a genuine two-step path and a shortcut path operating side by side.',
		answer: true,
		explanation:
			'In the paper’s words, "the model performs genuine two-step reasoning internally, which coexists alongside ‘shortcut’ reasoning". Both routes end up promoting "Austin".',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s also exciting to see how these models can perform multi-step reasoning and even plan ahead in creative tasks like poetry'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-tf-no-visible-steps',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'Since the model answered "Austin" without writing "Texas" anywhere, the paper concludes it must have skipped the intermediate step.',
		answer: false,
		explanation:
			'The attribution graph shows Texas features active internally, and swapping them changes the answer, so the step is there even though it never appears in the text. Missing written steps say nothing about what happens inside the forward pass.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It considers several aspects before arriving at a conclusion.'
			},
			paper: ['3', '1']
		}
	},
	{
		id: 'multi-step-reasoning-tf-province-strength',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'Going by the paper’s experience, swapping in features for a region that is not a US state may need a stronger injection than a US-state swap to take effect.',
		answer: true,
		explanation:
			'The paper reports that its non-US-state swaps (British Columbia, China, the Byzantine Empire) needed a stronger injection, +8×. A new region of that kind could well need the same extra push, though only an experiment would tell.',
		sources: { paper: ['3'] }
	},

	// ── typed ─────────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-typed-answer',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'recall',
		prompt: 'What does the model output for "Fact: the capital of the state containing Dallas is"?',
		accepted: ['Austin', 'Austin, Texas'],
		explanation:
			'Dallas is in Texas and the capital of Texas is Austin, so the prompt needs two facts chained together. Answering "Dallas" or "Houston" would mean stopping at the city or picking the wrong kind of city.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-typed-strength',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'Swaps to regions that are not US states (British Columbia, China, the Byzantine Empire) needed a stronger injection. How strong, as a multiple?',
		accepted: ['8×', '8x', '8', '8 times', '+8×', '+8x', '8-fold', 'eightfold'],
		explanation:
			'The paper used +8× for those swaps. Keep it apart from the −2× used to inhibit the Dallas features, which is a different experiment.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-typed-say-capital',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'mechanism',
		prompt:
			'The word "capital" activates a group of features that combine with Texas to push the answer to Austin. What are they called (three words)?',
		accepted: ['say a capital', 'say capital', 'say a capital features'],
		explanation:
			'"Say a capital" features carry what kind of answer is wanted, while Texas carries which state; only together do they point to Austin. Inhibiting them gives completions that are not capitals at all.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-typed-swap-target',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'transfer',
		prompt:
			'Without changing the Dallas prompt, you want the model to answer "Sacramento". Which group of features in the graph would you replace with California features?',
		accepted: ['Texas', 'Texas features', 'the Texas supernode'],
		explanation:
			'The answer is computed from the intermediate state, so replacing the Texas features with California ones redirects it; the paper did exactly this and got Sacramento at 97%. Merely inhibiting the Dallas features is no substitute: it spreads probability over several capitals, giving Sacramento only 33%.',
		sources: { paper: ['3'] }
	},

	// ── cloze ─────────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-cloze-chain',
		topic: 'multi-step-reasoning',
		type: 'cloze',
		difficulty: 'mechanism',
		text: '"Dallas" activates {{1}} features, "capital" activates "{{2}}" features, and together they promote the answer {{3}}.',
		gaps: [['Texas'], ['say a capital', 'say capital'], ['Austin']],
		explanation:
			'One input supplies the state, the other the kind of answer wanted, and the answer needs both: that is the two-step path. They push "Austin" both directly and through "say Austin" features.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, what about the multi-step reasoning they mentioned earlier? How does that work?'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-cloze-inhibit-dallas',
		topic: 'multi-step-reasoning',
		type: 'cloze',
		difficulty: 'recall',
		text: 'Inhibiting the Dallas features (at −2×) made the model name other state capitals instead, such as {{1}} at 34% and {{2}} at 33%.',
		gaps: [['Albany'], ['Sacramento']],
		explanation:
			'Without Dallas, the Texas and "say Austin" features weaken, but the request for a state capital is still there, so probability spreads over other capitals. Sacramento here is only 33%, far below the 97% it gets when California features are swapped in.',
		sources: { paper: ['3'] }
	},

	// ── ordering ──────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-order-chain',
		topic: 'multi-step-reasoning',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt: 'Put the two-step path for the Dallas prompt in order.',
		items: [
			{ id: 'a', text: 'The token "Dallas" is read' },
			{ id: 'b', text: 'Texas features activate' },
			{ id: 'c', text: 'Texas and "say a capital" features combine' },
			{ id: 'd', text: '"Say Austin" features activate' },
			{ id: 'e', text: 'The model outputs "Austin"' }
		],
		explanation:
			'The city is turned into its state, the state meets the request for a capital, and the result is pushed toward "Austin", partly through "say Austin" features. A shortcut from Dallas to "say Austin" runs beside this path but does not replace it.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response.'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-order-new-test',
		topic: 'multi-step-reasoning',
		type: 'ordering',
		difficulty: 'transfer',
		prompt:
			'You want to check, as §3 did, whether the model uses an intermediate step for "the capital of the country containing Lyon". Put the steps in order.',
		items: [
			{ id: 'a', text: 'Trace an attribution graph for the answer token' },
			{ id: 'b', text: 'Group related features into supernodes, such as a country node' },
			{ id: 'c', text: 'Swap that node for another country’s features in the original model' },
			{ id: 'd', text: 'Check whether the answer moves to the new country’s capital' }
		],
		explanation:
			'The paper reads hypotheses off the graph, groups features by hand into supernodes, and then validates them by intervening in the real model. The decisive evidence is the output changing as the intermediate predicts.',
		sources: { paper: ['3', '2'] }
	},

	// ── matching ──────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-match-interventions',
		topic: 'multi-step-reasoning',
		type: 'matching',
		difficulty: 'recall',
		prompt: 'Match each intervention on the Dallas prompt with its reported outcome.',
		pairs: [
			{
				id: 'a',
				left: 'Inhibit Dallas features (−2×)',
				right: 'Other state capitals, e.g. Albany 34%'
			},
			{
				id: 'b',
				left: 'Inhibit "say a capital" features',
				right: 'Completions that are not capitals'
			},
			{ id: 'c', left: 'Swap Texas for California', right: 'Sacramento at 97%' },
			{ id: 'd', left: 'Swap Texas for China (+8×)', right: 'Beijing' },
			{ id: 'e', left: 'Swap Texas for the Byzantine Empire', right: 'Constantinople' }
		],
		explanation:
			'Inhibitions remove part of the computation and the answer degrades in a telling way; swaps replace the intermediate and the answer follows it. The non-US-state swaps needed the stronger +8× injection.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-match-what-it-shows',
		topic: 'multi-step-reasoning',
		type: 'matching',
		difficulty: 'mechanism',
		prompt: 'Match each result with what it shows about the circuit.',
		pairs: [
			{
				id: 'a',
				left: 'California swap turns Austin into Sacramento',
				right: 'The state step causally feeds the answer'
			},
			{
				id: 'b',
				left: 'Inhibiting "say a capital" gives non-capitals',
				right: 'The request for a capital has its own pathway'
			},
			{
				id: 'c',
				left: 'An edge links Dallas straight to "say Austin"',
				right: 'A shortcut runs beside the two hops'
			},
			{
				id: 'd',
				left: 'Inhibiting Dallas still yields other state capitals',
				right: 'The capital request survives without the city'
			}
		],
		explanation:
			'Each experiment isolates one piece: the swap tests the intermediate, the "say a capital" inhibition tests the answer type, and the Dallas inhibition removes the city while leaving the request intact. The shortcut edge is read off the graph itself and is why the paper speaks of two-step and shortcut reasoning coexisting.',
		sources: { paper: ['3'] }
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'multi-step-reasoning-card-prompt',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'The prompt behind the paper’s introductory multi-step example (§3)',
		back: '"Fact: the capital of the state containing Dallas is" → "Austin"',
		explanation:
			'Answering needs two facts chained: Dallas is in Texas, and Texas’s capital is Austin. The paper uses it to show reasoning happening inside one forward pass.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-card-two-step',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Why is Dallas → Austin called two-step reasoning?',
		back: 'Dallas activates Texas features; Texas plus "say a capital" features then give Austin',
		explanation:
			'The intermediate state is represented on the way to the answer rather than skipped. Swapping it for another state changes the answer accordingly.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-card-shortcut',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What runs alongside the two-step path?',
		back: 'A direct shortcut edge from Dallas to "say Austin"',
		explanation:
			'The paper says genuine two-step reasoning "coexists alongside" shortcut reasoning. §13 lists such convergent paths and shortcuts as a common circuit pattern.',
		sources: { paper: ['3', '13'] }
	},
	{
		id: 'multi-step-reasoning-card-in-its-head',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Where does the multi-step reasoning happen?',
		back: '"In its head": inside a single forward pass, not in written chain-of-thought',
		explanation:
			'The intro lists this among the headline findings. The steps are visible only in the model’s internal features, not in its output text.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, what about the multi-step reasoning they mentioned earlier? How does that work?'
			},
			paper: ['1', '3']
		}
	},
	{
		id: 'multi-step-reasoning-card-california',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Swap Texas features for California features (from an Oakland prompt)',
		back: 'The model answers Sacramento, at 97%',
		explanation:
			'The answer follows the swapped-in state, so the Texas step is causally used. The same pattern held for Georgia → Atlanta, British Columbia → Victoria, China → Beijing and the Byzantine Empire → Constantinople.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-card-inhibit-dallas',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'recall',
		front: 'Inhibit the Dallas features (−2×)',
		back: 'Texas and "say Austin" weaken; the model names other state capitals, e.g. Albany 34%, Sacramento 33%',
		explanation:
			'Removing the city removes the route to Texas, but the request for a capital stays. Don’t mix up this 33% Sacramento with the 97% from the California swap.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-card-say-capital',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Inhibit the "say a capital" features',
		back: 'The model gives completions that are not capitals',
		explanation:
			'These features carry what kind of answer is wanted, separately from which state. Without them the model no longer aims at a capital city.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-card-contrast-chain',
		topic: 'multi-step-reasoning',
		kind: 'contrast',
		claim: 'C27',
		difficulty: 'mechanism',
		front:
			'Episode: a chain of thoughts, like a conversation. If nothing is written out, what experiment shows the hidden Texas step is real?',
		back: 'Paper (§3): swapping the Texas features for California ones (from an Oakland prompt) turns "Austin" into "Sacramento" at 97%, all inside one forward pass.',
		explanation:
			'A step the model never writes down can still be tested by changing it: the answer follows the swapped-in state, so the intermediate is causally used. That is a silent two-hop computation beside a direct shortcut, not a conversation-like chain of written thoughts.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3']
		}
	},
	{
		id: 'multi-step-reasoning-card-what-swaps-prove',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What does a successful state swap prove that the graph alone cannot?',
		back: 'That the intermediate features are causally used by the real model, not just present',
		explanation:
			'Attribution graphs are hypotheses about the model; interventions in the original model are the paper’s main check. A swap that moves the answer to the new state’s capital confirms the Texas step does real work.',
		sources: { paper: ['3', '2'] }
	},
	{
		id: 'multi-step-reasoning-card-leftover',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'If suppressing Texas alone leaves "Austin" with some probability, where should you look?',
		back: 'The direct Dallas → "say Austin" shortcut, which bypasses Texas',
		explanation:
			'The graph shows two routes to the answer, so blocking one need not silence the other. This is a consequence of two-step and shortcut reasoning coexisting.',
		sources: { paper: ['3'] }
	},
	{
		id: 'multi-step-reasoning-card-no-visible-steps',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A model answers a two-hop question with no visible reasoning. Does that mean it skipped the middle step?',
		back: 'No: in §3 the middle step (Texas) is present in the internal features',
		explanation:
			'Whether reasoning is written out and whether it happens are separate questions. The paper shows the step happening silently inside the forward pass.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['3', '1']
		}
	}
];
