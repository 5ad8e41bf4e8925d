import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'limitations-common-components',
		topic: 'limitations',
		type: 'multi',
		difficulty: 'recall',
		prompt:
			'Which of these does the paper list among its commonly observed circuit components? Select all that apply.',
		options: [
			{ id: 'a', text: 'Shortcut paths running beside multi-step ones, like Dallas → Austin' },
			{ id: 'b', text: 'Newlines, periods and other delimiters that store information' },
			{ id: 'c', text: '"Default" circuits, such as Assistant → can’t answer' },
			{ id: 'd', text: 'Attention that does most of its work in the final layers' },
			{ id: 'e', text: 'One central reasoning module that every task routes through' },
			{ id: 'f', text: 'Late-layer features that reduce the model’s confidence' }
		],
		answers: ['a', 'b', 'c', 'f'],
		explanation:
			'§13 lists shortcuts beside longer paths, special tokens that hold information, default circuits and late-layer confidence-reduction features. It says the opposite about attention, which often does its work early, and it finds parallel, modular mechanisms rather than one central module.',
		sources: { paper: ['13', '15'] }
	},
	{
		id: 'limitations-long-document',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A team wants to trace how the model handles a 5,000-token contract. Going by §14, is that within what the method has been shown to do?',
		options: [
			{ id: 'a', text: 'Yes: the method was designed with long documents in mind' },
			{ id: 'b', text: 'No: it has not been scaled much beyond about a hundred tokens' },
			{ id: 'c', text: 'Yes: long prompts are fine as long as attention stays frozen' },
			{ id: 'd', text: 'No: it only works on prompts of fewer than ten tokens' }
		],
		answer: 'b',
		explanation:
			'The authors say the method has not been scaled past roughly a hundred tokens, so a 5,000-token contract is far outside it. "Under ten tokens" overshoots in the other direction: the case studies use prompts of a sentence or more, like the medical vignette.',
		sources: { paper: ['14'] }
	},
	{
		id: 'limitations-attention-gap',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		prompt:
			'Why can attribution graphs not explain a key antonym → "large" interaction in the French multilingual circuit?',
		options: [
			{ id: 'a', text: 'The relevant features were too rare to label by hand' },
			{ id: 'b', text: 'Error nodes replaced all of the French-specific features' },
			{ id: 'c', text: 'The transcoder has no features for French text at all' },
			{ id: 'd', text: 'It runs through attention (QK), which the graphs hold fixed' }
		],
		answer: 'd',
		explanation:
			'The local replacement model freezes attention patterns, so computation carried out by how attention is allocated (QK) never appears as edges in the graph. The authors call this case a kind of "counterexample", and list missing attention circuits among the method’s main limitations.',
		sources: { paper: ['5', '14'] }
	},
	{
		id: 'limitations-graph-effort',
		topic: 'limitations',
		type: 'typed',
		difficulty: 'recall',
		prompt:
			'Under "graph complexity", the paper says understanding a single attribution graph takes a researcher more than how long?',
		accepted: ['an hour', 'one hour', '1 hour', 'more than an hour', 'over an hour', '60 minutes'],
		explanation:
			'Even after pruning and grouping into supernodes, reading one graph takes more than an hour, and each graph covers a single short prompt. That cost is one reason the method works as a case-by-case microscope rather than a way to evaluate a whole model at once.',
		sources: {
			paper: ['14'],
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			}
		}
	},
	{
		id: 'limitations-not-comprehensive',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'recall',
		prompt:
			'The authors present their method as a comprehensive framework for understanding the model’s reasoning.',
		answer: false,
		misconception: 'C34',
		explanation:
			'The paper stresses the opposite: satisfying insight on about a quarter of prompts tried, "only a small fraction of the mechanisms" captured, attention left unexplained, and the method called "a stepping stone". The examples are existence proofs from a biased sample.',
		sources: {
			paper: ['1.1', '14', '15'],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			}
		}
	},
	{
		id: 'limitations-rule-and-stepping-stone',
		topic: 'limitations',
		type: 'cloze',
		difficulty: 'recall',
		prompt: 'Fill in two phrases from the paper’s discussion.',
		text: 'Parallel mechanisms and modularity are described as "{{1}}, not the exception", and the current method as "a {{2}}" that is likely to be superseded.',
		gaps: [
			['the rule', 'rule'],
			['stepping stone', 'stepping-stone']
		],
		explanation:
			'Addition is the clearest case of parallel pathways, and the discussion generalises this: parallel, modular mechanisms are common. On method, the authors do not expect cross-layer transcoders to be the long-term abstraction.',
		sources: {
			paper: ['15'],
			transcript: {
				section: 'key-concepts-2',
				text: 'Claude uses a combination of pathways'
			}
		}
	},
	{
		id: 'limitations-abstraction-flow',
		topic: 'limitations',
		type: 'ordering',
		difficulty: 'mechanism',
		prompt:
			'Order the typical flow of features through the model that the paper’s list of common circuit components describes.',
		items: [
			{ id: 'a', text: 'The input tokens are read' },
			{ id: 'b', text: 'Input features tied to the surface tokens (detokenization)' },
			{ id: 'c', text: 'Abstract features, often shared across contexts' },
			{ id: 'd', text: 'Output features for what to say (retokenization)' },
			{ id: 'e', text: 'The output token is produced' }
		],
		explanation:
			'Features move from token-bound input features to abstract ones and back to output features for specific tokens. The multilingual study shows the same shape: language-specific features at the start and end, more language-agnostic ones in the middle layers.',
		sources: {
			paper: ['13', '5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			}
		}
	},
	{
		id: 'limitations-failure-matching',
		topic: 'limitations',
		type: 'matching',
		difficulty: 'transfer',
		prompt: 'Match each planned analysis with the limitation from §14 it would run into.',
		pairs: [
			{
				id: 'a',
				left: '"Why didn’t the model mention the side effects?"',
				right: 'Questions about what the model does not do'
			},
			{
				id: 'b',
				left: 'A prompt full of obscure names and scrambled wording',
				right: 'Unusual prompts with obscure entities or obfuscated text'
			},
			{
				id: 'c',
				left: 'A judgement spread evenly over many tokens',
				right: 'No single crux token to trace from'
			},
			{
				id: 'd',
				left: 'Repeating a word that appeared earlier in the prompt',
				right: 'Completions that copy an earlier word'
			},
			{
				id: 'e',
				left: 'An answer that needs many internal hops in a row',
				right: 'Long internal reasoning chains'
			}
		],
		explanation:
			'Each planned analysis falls into one of the cases §14 lists as failures: questions about absent behaviour, obscure or obfuscated inputs, reasoning with no single crux token, copying an earlier word, and long internal chains. Knowing these in advance saves a wasted graph.',
		sources: { paper: ['14'] }
	},
	{
		id: 'limitations-safety-audit',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'A company wants to use today’s attribution graphs to certify a model as safe to deploy. What does the paper’s discussion say?',
		options: [
			{ id: 'a', text: 'It is ready, since it already found a planted hidden goal in §12' },
			{ id: 'b', text: 'It can certify safety as long as error nodes stay small' },
			{ id: 'c', text: 'Nothing: the paper never links its method to safety' },
			{ id: 'd', text: 'Be cautious: it may well miss the safety-relevant computation' }
		],
		answer: 'd',
		explanation:
			'The authors see a path to safety audits but "caution against exaggerating our methods’ readiness", warning of "a very significant likelihood" that the method would miss the important computation. Finding a planted goal once does not make the tool a certificate.',
		sources: {
			paper: ['15'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'limitations-error-node-reading',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'In a graph you are studying, a large error node feeds straight into the output. How should you read that?',
		options: [
			{ id: 'a', text: 'The model made a factual mistake in its answer to this prompt' },
			{ id: 'b', text: 'The feature labels for this graph need to be redone by hand' },
			{ id: 'c', text: 'Much of the computation here is unexplained "dark matter"' },
			{ id: 'd', text: 'Attention was left unfrozen when this graph was computed' }
		],
		answer: 'c',
		explanation:
			'Error nodes fill the gap wherever the transcoder fails to reconstruct the model, so a big one means the features explain little of that step; the paper files this under reconstruction errors and "dark matter". The name tempts you to read it as a factual mistake, but it says nothing about whether the answer is right.',
		sources: { paper: ['2', '14'] }
	},
	{
		id: 'limitations-metacognition',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'The paper concludes that the model has genuine self-knowledge about the limits of what it knows.',
		answer: false,
		explanation:
			'The discussion heading is "Meta-cognition, or lack thereof?": the authors leave open whether the model truly knows what it knows or is judging by how familiar something seems. The Karpathy misfire fits the second reading, since familiarity suppressed the refusal although the model did not know the answer.',
		sources: {
			paper: ['15', '8'],
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			}
		}
	},
	{
		id: 'limitations-generalization-scope',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'transfer',
		prompt:
			'Because the paper shows the "_6 + _9" lookup reused in citations and tables, it establishes how the model handles every arithmetic-like input.',
		answer: false,
		explanation:
			'The authors say their results are claims about specific examples, that other mechanisms are likely present, and that the insight into generalization is a lower bound. Shared features show that some computation is reused, not that nothing else is going on.',
		sources: {
			paper: ['14', '15'],
			transcript: {
				section: 'key-concepts-2',
				text: 'how do we ensure they don’t make mistakes when applying their knowledge to different contexts?'
			}
		}
	},
	{
		id: 'limitations-special-tokens',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'You want to find where a model keeps a plan for the next line of a poem, or its judgement of a chat request. Which positions does the paper suggest checking first?',
		options: [
			{ id: 'a', text: 'The first token of the whole prompt' },
			{ id: 'b', text: 'Newlines, periods and other delimiters' },
			{ id: 'c', text: 'The rarest word anywhere in the prompt' },
			{ id: 'd', text: 'The final token of the model’s output' }
		],
		answer: 'b',
		explanation:
			'Among the common components is "a special role for special tokens": the poem plan sits on the newline before the line, and harmful-request features sit on the newlines before "Assistant". Delimiters act as places to store what comes next.',
		sources: {
			paper: ['13', '4'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead'
			}
		}
	},
	{
		id: 'limitations-supernodes',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		prompt: 'Why do the authors count supernodes among their methodological problems?',
		options: [
			{ id: 'a', text: 'Features split at the wrong level, so grouping is subjective' },
			{ id: 'b', text: 'Supernodes hide every error node from the finished graph' },
			{ id: 'c', text: 'Supernodes are computed by attention, which stays frozen' },
			{ id: 'd', text: 'Supernodes shrink graphs too far for any interventions' }
		],
		answer: 'a',
		explanation:
			'Features may come at the wrong level of abstraction (feature splitting), so researchers group related ones into supernodes by hand, which is manual and subjective. Supernodes are a presentation choice made by people, not something attention computes.',
		sources: { paper: ['14', '2'] }
	},
	{
		id: 'limitations-unknown-names-failure',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'mechanism',
		prompt:
			'The paper files the failed unknown-name intervention (no refusal about Michael Jordan) under its "missing attention circuits" limitation.',
		answer: false,
		explanation:
			'It is filed under mechanistic faithfulness: the graph suggested a causal role that an intervention in the real model did not confirm, which is why graphs count only as hypotheses. Missing attention circuits is a different item, about QK computation that the graphs never show, as in the French antonym case.',
		sources: { paper: ['14', '8'] }
	},
	{
		id: 'limitations-default-circuit',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		prompt:
			'The assistant is asked about a person it has never heard of. Going by the paper’s "default" circuits, what is its starting state?',
		options: [
			{ id: 'a', text: 'It answers by default unless an unknown-name feature steps in' },
			{ id: 'b', text: 'It has no relevant features until the whole name has been read' },
			{ id: 'c', text: 'Can’t-answer features are on unless recognition turns them off' },
			{ id: 'd', text: 'It looks the person up in a stored list of unknown people' }
		],
		answer: 'c',
		explanation:
			'In the Assistant, can’t-answer features are on by default, and known-entity features must inhibit them for an answer to come out. "Answers unless an unknown-name feature steps in" reverses the default. Hallucinations arise when something familiar-seeming wrongly switches that default off, as in the Karpathy misfire.',
		sources: { paper: ['13', '8'] }
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'limitations-card-comprehensive-contrast',
		topic: 'limitations',
		kind: 'contrast',
		claim: 'C34',
		difficulty: 'recall',
		front:
			'Episode: a "comprehensive framework" for AI reasoning. Which kinds of case does §14 say the method fails on?',
		back: 'Reasoning with no single crux token; prompts beyond about a hundred tokens; long internal reasoning chains; obscure entities or obfuscated wording; "why does it not do X?"; completions that copy an earlier word.',
		explanation:
			'A framework with this many named blind spots is not comprehensive, and the authors say so: graphs gave satisfying insight on only about a quarter of prompts tried. The list is also practical, telling you in advance which studies are unlikely to work.',
		sources: {
			paper: ['14', '1.1'],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			}
		}
	},
	{
		id: 'limitations-card-toolkit-contrast',
		topic: 'limitations',
		kind: 'contrast',
		claim: 'C35',
		difficulty: 'mechanism',
		front:
			'Episode: a toolkit to evaluate AI systems holistically. What does the cost of one attribution graph say about that?',
		back: 'Each graph explains one output on one short prompt, needs hand-made supernodes, and takes more than an hour to understand (§2, §14): a microscope for single cases, not a system-wide evaluation.',
		explanation:
			'The tooling is real, including an interactive graph interface, but it is built for investigating individual mechanisms. The authors also warn against exaggerating its readiness for safety audits.',
		sources: {
			paper: ['2', '14', '15'],
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			}
		}
	},
	{
		id: 'limitations-card-collaboration-contrast',
		topic: 'limitations',
		kind: 'contrast',
		claim: 'C66',
		difficulty: 'mechanism',
		front:
			'Episode: the research encourages interdisciplinary collaboration. What human bottleneck does the paper itself point to?',
		back: 'The effort of reading graphs: more than an hour per graph and subjective, hand-made supernodes (§14). Its "Interpretability is ultimately a human project" is a point about interfaces for researchers (§15).',
		explanation:
			'The paper\'s "human project" line is about making its tools usable, not about bringing ethicists or linguists on board. No call for collaboration across disciplines appears anywhere in it.',
		sources: {
			paper: ['14', '15'],
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			}
		}
	},
	{
		id: 'limitations-card-feedforward-loop',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What is a “coherent feedforward loop” in the paper’s list of common components?',
		back: 'A direct shortcut running beside a longer path to the same output, e.g. Dallas → say Austin beside Dallas → Texas → Austin.',
		explanation:
			'The paper borrows the term from biology. Both routes push the same answer: a small instance of the parallel mechanisms the discussion calls the rule.',
		sources: { paper: ['13', '3'] }
	},
	{
		id: 'limitations-card-multifaceted',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Common component: “multifaceted features”. What does that mean?',
		back: 'One feature can play different roles depending on context.',
		explanation:
			'The addition study shows something similar: in “(4 + 5) * 3” the sum is treated as an intermediate step rather than the answer, guided by expression-type features. The episode’s “knows when to adapt” loosely points at this.',
		sources: {
			paper: ['13', '6'],
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			}
		}
	},
	{
		id: 'limitations-card-one-graph',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A graph shows the model solving one prompt a certain way. Can you conclude it always works that way?',
		back: 'No: results are claims about specific examples, and other mechanisms are likely present.',
		explanation:
			'The authors call their examples existence proofs from a biased sample. A graph is a hypothesis about one prompt, tested by interventions on that prompt.',
		sources: { paper: ['14', '1.1'] }
	},
	{
		id: 'limitations-card-alphabets',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Same concept in two languages with different alphabets: more shared features in Claude 3.5 Haiku or in a smaller model?',
		back: 'In Claude 3.5 Haiku.',
		explanation:
			'The multilingual study (§5) finds more shared, language-independent features in Haiku than in a smaller model, especially for language pairs with different alphabets, and the discussion (§15) repeats the point under abstraction. The paper gives no numeric ratio.',
		sources: {
			paper: ['5', '15'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			}
		}
	},
	{
		id: 'limitations-card-alien',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'recall',
		front: 'How does the paper’s outlook (§15.4) describe the intelligence it studies?',
		back: 'A new kind of intelligence, like ours in some ways but “entirely alien in others”.',
		explanation:
			'The addition strategy is a case in point: apart from a memorized one-digit table, it differs from the algorithms people use. Calling the model’s reasoning human-like misses half the message.',
		sources: {
			paper: ['15.4', '6'],
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			}
		}
	},
	{
		id: 'limitations-card-bottom-up',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'You start studying a new behaviour convinced you know its mechanism. What does the paper’s experience with bottom-up methods say to leave room for?',
		back: 'Finding something else entirely: they looked for improvisation in poems and found planning.',
		explanation:
			'§15.3 makes the case for bottom-up methods with surprises like this one, and with the hidden goal turning out to be represented all the time. Expectations are worth holding loosely.',
		sources: { paper: ['15.3', '4', '12'] }
	}
];
