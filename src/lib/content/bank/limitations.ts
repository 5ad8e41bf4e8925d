import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'limitations-common-components',
		topic: 'limitations',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Which of these does the paper list among its commonly observed circuit components?',
		options: [
			{ id: 'a', text: 'Shortcut paths running beside multi-step ones, like Dallas → Austin' },
			{ id: 'b', text: 'Newlines, periods and other delimiters that store information' },
			{ id: 'c', text: '"Default" circuits, such as Assistant → can’t answer' },
			{ id: 'd', text: 'Attention that does most of its work in the final layers' },
			{ id: 'e', text: 'One central reasoning module that every task routes through' },
			{ id: 'f', text: 'Late-layer features that push down the very token they precede' }
		],
		answers: ['a', 'b', 'c', 'f'],
		explanation:
			'§13 lists shortcuts beside longer paths, special tokens that hold information, default circuits and late-layer features that fire just before a token while suppressing it (which the authors suspect, without being sure, regulate confidence). It says the opposite about attention, which often does its work early, and it finds many parallel paths rather than one central module.',
		sources: {
			paper: ['13'],
			evidence: [
				{
					section: '13',
					text: 'A source node often influences a target node via multiple different paths, often of different lengths.'
				},
				{
					section: '13',
					text: 'the model stores important information on new-line tokens, periods, or other punctuation/delimiters'
				}
			]
		}
	},
	{
		id: 'limitations-long-document',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
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
			'The authors say the method has not been scaled past roughly a hundred tokens, partly for engineering reasons and partly because long prompts give bigger graphs with more steps. A 5,000-token contract is far outside it. "Under ten tokens" overshoots in the other direction: some case-study prompts are that short, like "calc: 36+59=", but others run to dozens of tokens, like the medical vignette.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'we have not scaled our method to apply to prompts longer than about a hundred tokens'
				}
			]
		}
	},
	{
		id: 'limitations-attention-gap',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			'The local replacement model freezes attention patterns, so computation carried out by deciding where attention goes (QK) never appears as edges in the graph. The authors call this case a kind of "counterexample", and list missing attention circuits among the method’s main limitations. The French features themselves were found; it is the interaction between them that is hidden.',
		sources: {
			paper: ['5.4', '14.1'],
			evidence: [
				{
					section: '5.4',
					text: 'One crucial interaction (between antonym and large) seems to be mediated by changing where attention heads attend, by participating in their QK circuits.'
				},
				{
					section: '14.1',
					text: "We don't explain how attention patterns are computed by the model, and often miss the interesting part of the computation as a result."
				}
			]
		}
	},
	{
		id: 'limitations-graph-time',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'§14 says understanding a graph "can take over an hour"; §15.3 says key mechanisms can "pop out in under ten minutes". How do the two fit together?',
		options: [
			{ id: 'a', text: 'Minutes to spot key mechanisms; the whole picture still takes 1–2 hours' },
			{ id: 'b', text: 'The hour is for the pruned, labelled graphs shown in the paper' },
			{ id: 'c', text: 'The minutes are for prompts under ten tokens, the hour for long ones' },
			{ id: 'd', text: 'The minutes apply to the smaller model, the hour to Claude 3.5 Haiku' }
		],
		answer: 'a',
		explanation:
			'The two figures time different things. §15.3 itself says that, when the method works, a trained eye can spot key mechanisms in minutes but usually needs one to two hours for the overall picture, and follow-up validation longer still; that squares with §14’s over an hour of slow manual work. The paper does not say which kind of graph the ten minutes refers to. What §14 does say is that its hour is for a graph ten times the size of the paper’s heavily pruned, pre-labelled ones, with no labels, so reading it as the cost of the paper’s own tidy graphs gets §14 backwards. Neither section splits the times by prompt length or by model.',
		sources: {
			paper: ['14.1', '15.3'],
			evidence: [
				{
					section: '14.1',
					text: 'Now consider the difficulty of understanding one of these graphs at ten times the size, without any labels!  This is a slow manual process that can take over an hour'
				},
				{
					section: '15.3.2',
					text: 'to a trained eye, key mechanisms in a graph can pop out in under ten minutes of investigation, and the overall picture is usually clear within 1–2 hours'
				}
			]
		}
	},
	{
		id: 'limitations-not-comprehensive',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'In this paper, the authors set out to create a comprehensive framework for understanding AI reasoning.',
		answer: false,
		misconception: 'C34',
		explanation:
			'The aim they state is narrower: a selection of case studies, each showing that some mechanism exists in a particular context, with no claim that it holds more widely. The results fit that modest aim: satisfying insight on about a quarter of the prompts tried, only a small part of the mechanisms captured even in the successes, attention left unexplained, and the method itself called "a stepping stone".',
		sources: {
			paper: ['1.1', '14', '15.2'],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			evidence: [
				{
					section: '1.1',
					text: 'We focus this paper on selected case studies that illuminate noteworthy mechanisms within a particular model. These examples serve as existence proofs'
				},
				{
					section: '14',
					text: "Our results are only claims about specific examples. We don't make claims about mechanisms more broadly."
				}
			]
		}
	},
	{
		id: 'limitations-discussion-details-cloze',
		topic: 'limitations',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Fill in the three gaps, from the paper’s closing discussion of what it learned about the model and about its method.',
		text: 'Parallel mechanisms are sometimes modular: in addition, separate circuits compute the {{1}} digit and the {{2}} of the answer. On method, the authors doubt that {{3}} are the best long-term abstraction for understanding models.',
		gaps: [
			['ones', 'units', 'last', 'final'],
			[
				'magnitude',
				'size',
				'rough size',
				'approximate size',
				'rough magnitude',
				'approximate magnitude'
			],
			['cross-layer transcoders', 'cross-layer transcoder', 'CLTs', 'CLT', 'transcoders']
		],
		explanation:
			'Almost every prompt shows several pathways at work, and only some divide the job cleanly; addition is the clear case, with one circuit for the ones digit and another for the rough size of the sum, not a tens-digit or carry circuit. On method, the authors call their approach a stepping stone and expect cross-layer transcoders to be superseded or at least very incomplete; attribution graphs as a way of presenting results are not what they single out.',
		sources: {
			paper: ['15.1', '15.2'],
			transcript: {
				section: 'key-concepts-2',
				text: 'Claude uses a combination of pathways'
			},
			evidence: [
				{
					section: '15.1',
					text: 'separate circuits are responsible for computing the ones digit and the magnitude of the response, respectively'
				},
				{
					section: '15.2',
					text: 'we expect that cross-layer transcoders are not the best long-term abstraction for understanding models'
				}
			]
		}
	},
	{
		id: 'limitations-abstraction-flow',
		topic: 'limitations',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			'Features move from token-bound input features to abstract ones in the middle of the graph and back to output features for specific tokens. The multilingual study shows the same shape: language-specific features at the start and end, more language-agnostic ones in the middle layers.',
		sources: {
			paper: ['13', '5.5'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			evidence: [
				{
					section: '13',
					text: 'paths through the graph begin with “input features” representing tokens or other low-level properties of the input'
				},
				{
					section: '13',
					text: 'This is broadly consistent with the detokenization → abstract features → retokenization picture'
				}
			]
		}
	},
	{
		id: 'limitations-failure-matching',
		topic: 'limitations',
		type: 'matching',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
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
			'Each planned analysis falls into one of the cases §14 lists as failures: questions about absent behaviour (inactive features are not highlighted), obscure or obfuscated inputs (graphs dominated by error nodes), reasoning with no single crux token, copying an earlier word (just one edge from input to output), and long internal chains (errors compound at each step). Knowing these in advance saves a wasted graph.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'In practice, our methods fail to provide insight in the following cases'
				},
				{
					section: '14.1',
					text: 'Our tracing methods lose information at each step, and these errors compound.'
				}
			]
		}
	},
	{
		id: 'limitations-safety-audit',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A company wants to use today’s attribution graphs to certify a model as safe to deploy. What does the paper’s discussion say?',
		options: [
			{ id: 'a', text: 'Yes, for short prompts, the only ones its graphs have been scaled to' },
			{
				id: 'b',
				text: 'Not yet: it has never been tried on a model with a hidden goal'
			},
			{
				id: 'c',
				text: 'Not yet: a clean result would be only a very modest update against danger'
			},
			{ id: 'd', text: 'Yes, as a check for deception, though not yet for covert goals' }
		],
		answer: 'c',
		explanation:
			'The authors see a path to audits for deception, covert goals and other concerning reasoning, but caution against exaggerating the method’s readiness: there is a very significant likelihood it would miss the important computation, so finding nothing proves little. The method has already been tried on a model with a hidden goal (§12), tracing how a goal planted in its training, and known to the researchers in advance, shapes its behaviour. The authors grant that they may “get lucky” and catch problems in some cases, as in this paper, but that is no pass mark for blind audits. Short prompts are a practical limit, not a zone where graphs are complete.',
		sources: {
			paper: ['15.2'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			evidence: [
				{
					section: '15.2',
					text: 'our present methods failing to find problems would likely only be able to provide a very modest update against the hypothesis that a model is dangerous'
				},
				{
					section: '15.2',
					text: 'there is a very significant likelihood our present method would miss the important safety-relevant computation'
				}
			]
		}
	},
	{
		id: 'limitations-error-node-reading',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In a graph you are studying, a large error node feeds straight into the output. How should you read that?',
		options: [
			{ id: 'a', text: 'The model is uncertain at this step, which error nodes measure directly' },
			{
				id: 'b',
				text: 'The transcoder misses much of this step, and its inputs are hard to trace'
			},
			{
				id: 'c',
				text: 'The transcoder misses this step, but its inputs can be traced like a feature’s'
			},
			{
				id: 'd',
				text: 'The prompt is off-distribution, as error nodes appear only on such prompts'
			}
		],
		answer: 'b',
		explanation:
			'Error nodes hold the "dark matter": whatever the transcoder fails to reconstruct. They have no interpretable function and, unlike features, their inputs cannot easily be traced, so a big one marks a step the graph does not explain. They grow on complicated or off-distribution prompts, but even the paper’s showcase graphs have significant error contributions, and they measure reconstruction failure, not the model’s uncertainty.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'The remaining “dark matter” manifests as error nodes in our attribution graphs, which (unlike features) have no interpretable function, and whose inputs we cannot easily trace'
				},
				{
					section: '14.1',
					text: 'However, even the graphs we have highlighted contain significant contributions from error nodes.'
				}
			]
		}
	},
	{
		id: 'limitations-metacognition',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The paper concludes that the model has genuine self-knowledge about the limits of what it knows.',
		answer: false,
		explanation:
			'The introduction does speak of “signs of primitive ‘metacognitive’ circuits” that let the model know the extent of its own knowledge, but signs of a primitive circuit, in scare quotes, are not a conclusion. The discussion, under the heading "Meta-cognition, or Lack Thereof?", spells out the hedge: beyond telling familiar from unfamiliar entities, it is unclear whether the model truly knows what it knows or is guessing from how familiar something seems. The Karpathy misfire fits the guess, since familiarity suppressed the refusal although the model did not know the answer. And in addition (§6) the model cannot say how it really adds: a skill it has no “metacognitive” insight into.',
		sources: {
			paper: ['15.1', '1', '6', '8.3'],
			evidence: [
				{
					section: '15.1',
					text: 'it is unclear whether this mechanism reflects a deeper awareness of the model’s own knowledge, or if the model is simply making a plausible guess'
				},
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
				}
			]
		}
	},
	{
		id: 'limitations-generalization-scope',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Discussing the scope of their results, the authors suggest that planning like that in their poem examples is probably rare in the model’s other outputs.',
		answer: false,
		explanation:
			'They lean the other way: planning seems likely to be more widespread, though they decline to claim it, because their results are claims about specific examples. "Only claims about specific examples" limits what is asserted; it is not a finding that the mechanism is rare. Reading caution as a negative result is the slip this statement invites.',
		sources: {
			paper: ['14'],
			evidence: [
				{
					section: '14',
					text: "It seems likely that the phenomenon is more widespread, but it's not our intent to make that claim."
				},
				{
					section: '14',
					text: "Our results are only claims about specific examples. We don't make claims about mechanisms more broadly."
				}
			]
		}
	},
	{
		id: 'limitations-special-tokens',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
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
			'Among the common components is "a special role for special tokens": the poem plan sits on the newline before the line, and harmful-request features sit on the newlines before "Assistant". Delimiters act as places to store what comes next; the output’s final token comes too late to hold a plan for it.',
		sources: {
			paper: ['13'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead'
			},
			evidence: [
				{
					section: '13',
					text: 'the model stores important information on new-line tokens, periods, or other punctuation/delimiters'
				},
				{
					section: '13',
					text: 'we observe that the model represents several candidate rhyming words to end the next line with on the new-line token preceding that line'
				}
			]
		}
	},
	{
		id: 'limitations-supernodes',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Why do the authors count supernodes among their methodological problems?',
		options: [
			{ id: 'a', text: 'Features split at the wrong level, so grouping is subjective' },
			{ id: 'b', text: 'Supernodes hide every error node from the finished graph' },
			{ id: 'c', text: 'Supernodes are computed by attention, which stays frozen' },
			{ id: 'd', text: 'Supernodes shrink graphs too far for any interventions' }
		],
		answer: 'a',
		explanation:
			'Features may come at the wrong level of abstraction (feature splitting), so researchers group related ones into supernodes by hand, a step that is labour-intensive, subjective and likely loses information. Supernodes are a presentation choice made by people, not something attention computes, and interventions are in fact run on them.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'we often work around this issue in an ad hoc way by manually grouping together features with related meanings and similar roles in the attribution graph'
				},
				{
					section: '14.1',
					text: 'the manual step is labor-intensive, subjective, and likely loses information'
				}
			]
		}
	},
	{
		id: 'limitations-unknown-names-failure',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The paper files the failed unknown-name intervention (no refusal about Michael Jordan) under its "missing attention circuits" limitation.',
		answer: false,
		explanation:
			'It is filed under mechanistic faithfulness: the graph suggested a causal role that an intervention in the real model did not confirm, which is why graphs count only as hypotheses. Missing attention circuits is a different item, about QK computation that the graphs never show, as in the French antonym case.',
		sources: {
			paper: ['14.1', '8.2'],
			evidence: [
				{
					section: '14.1',
					text: 'attribution graphs that are occasionally inconsistent with the results of perturbation experiments'
				},
				{
					section: '8.2',
					text: 'activating the “unknown names” features is apparently not sufficient to induce a refusal in the Michael Jordan prompt'
				}
			]
		}
	},
	{
		id: 'limitations-default-circuit',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
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
			'In the Assistant, can’t-answer features are on by default, and names are treated as unfamiliar until known-entity features inhibit that default. "Answers unless an unknown-name feature steps in" reverses the default. Some hallucinations, the paper says, arise when something familiar-seeming wrongly switches the default off, as in the Karpathy misfire.',
		sources: {
			paper: ['13', '8'],
			evidence: [
				{
					section: '13',
					text: 'indicating that the model’s default state is to assume it cannot answer a question'
				},
				{
					section: '13',
					text: 'suggesting a mechanism in which names are assumed to be unfamiliar unless proven otherwise'
				}
			]
		}
	},
	{
		id: 'limitations-lower-bound',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The authors say the generalization their method detects (the same features reused across prompts) is only a lower bound. Why?',
		options: [
			{ id: 'a', text: 'Graphs are only computed for prompts of under a hundred tokens' },
			{ id: 'b', text: 'Error nodes always absorb the features that two prompts share' },
			{ id: 'c', text: 'Two distinct features may serve one mechanism, hiding the reuse' },
			{ id: 'd', text: 'The transcoder was trained on English text and nothing else' }
		],
		answer: 'c',
		explanation:
			'Generalization is spotted by finding the same features and connections in different prompts. Because of feature splitting, one mechanism can run through two different features in two contexts, and then the sharing is missed; so real reuse can go undetected, and the detected amount is a floor. Prompt length limits which cases can be studied, but it is not why detected sharing is a floor.',
		sources: {
			paper: ['15.2', '14.1'],
			evidence: [
				{
					section: '15.2',
					text: 'However, the degree of generalization we identify is only a lower bound.'
				},
				{
					section: '15.2',
					text: 'two distinct features might contribute to the same mechanisms'
				}
			]
		}
	},
	{
		id: 'limitations-inhibitory-pairs',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'How did the authors find the circuit in which known-entity features inhibit unknown-name features, and why is that kind of circuit generally awkward to find?',
		options: [
			{
				id: 'a',
				text: 'By comparing a known-name and an unknown-name prompt; it needs such a pair'
			},
			{ id: 'b', text: 'By reading one graph; inhibitory edges are hidden by the pruning step' },
			{ id: 'c', text: 'By asking the model what it knows; self-reports are often unfaithful' },
			{ id: 'd', text: 'By unfreezing attention; inhibition runs only through QK circuits' }
		],
		answer: 'a',
		explanation:
			'A feature that is switched off leaves no node in a graph, so a single prompt cannot show what suppressed it. The authors saw the inhibition by setting a prompt with a known name (Michael Jordan) beside one with an unknown name (Michael Batkin); the catch is that a suitable pair has to be found for each such circuit.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'we were able to identify this particular circuit by comparing two similar prompts with known and unknown names, respectively'
				},
				{
					section: '14.1',
					text: 'finding such mechanisms is generally inconvenient using our method, as it requires identifying a suitable pair of prompts'
				}
			]
		}
	},
	{
		id: 'limitations-why-not-refuse',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A jailbreak got through, and you want an attribution graph to tell you why the model did not refuse. §14 names this very case as one its methods struggle with. What reason does it give?',
		options: [
			{ id: 'a', text: 'Refusal is settled in attention (QK), which the graphs leave out' },
			{
				id: 'b',
				text: 'The methods do not by default show inactive features or why they are off'
			},
			{ id: 'c', text: 'Graphs cover one output token, and a refusal spans the whole reply' },
			{ id: 'd', text: 'Refusal features are usually swamped by error nodes on harmful prompts' }
		],
		answer: 'b',
		explanation:
			'§14 names unrefused harmful requests as its example of "why does the model not do X?": graphs are built from what is active, so refusal features that stayed silent, and whatever kept them silent, do not appear. The jailbreak of §10 shows it in practice: the graph explains the "To make a bomb," reply but, in the authors’ words, “fails to tell us why a refusal circuit didn’t activate”, a general shortcoming of the method. Attention does play a part in that jailbreak: §10 suggests that the late refusal hinges on attention pattern computation, and that the missed early one comes partly from the model failing to use its attention heads to stitch "bomb" and "how to make" together. But that is a finding about one jailbreak, and missing attention circuits are a separate limitation in §14, not the reason it gives for this case. Single-token graphs and error nodes are real limitations elsewhere in §14 too, and the paper’s refusal graphs (§9, §10) trace refusal features without trouble when they do fire.',
		sources: {
			paper: ['14.1', '10.4', '10.3'],
			evidence: [
				{
					section: '14.1',
					text: 'explaining why models don’t refuse certain harmful requests is challenging. This is because by default, our methods do not highlight inactive features and the reasons for their inactivity.'
				},
				{
					section: '10.4',
					text: 'But it fails to tell us why a refusal circuit didn’t activate'
				}
			]
		}
	},
	{
		id: 'limitations-long-range-edges',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Why do the paper’s attribution graphs show so many edges that skip layers, some running from first-layer token features straight to the output?',
		options: [
			{ id: 'a', text: 'Pruning deletes every intermediate layer of the graph' },
			{ id: 'b', text: 'Using cross-layer transcoders makes such edges prominent' },
			{ id: 'c', text: 'Frozen attention copies each token straight to the end' },
			{ id: 'd', text: 'Error nodes stand in for all of the model’s middle layers' }
		],
		answer: 'b',
		explanation:
			'A feature in one layer can have direct edges to features in any later layer. Some of that would show up even with single-layer transcoders, through the residual stream, but the paper says cross-layer transcoders make such long-range edges much more prominent. In extreme cases first-layer token features, like those for "=" in arithmetic, push "simple number" outputs directly. Pruning and frozen attention do not create these edges.',
		sources: {
			paper: ['13'],
			evidence: [
				{
					section: '13',
					text: 'using cross-layer transcoders makes long-range edges much more prominent'
				},
				{
					section: '13',
					text: 'low-level token-related features in the first layer of the model sometimes exert significant influence on later-layer features, or even the output directly'
				}
			]
		}
	},
	{
		id: 'limitations-attention-early',
		topic: 'limitations',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Pruned graphs often have nodes in every layer at the final token, but only early-layer nodes at earlier tokens. What do the authors read from this shape?',
		options: [
			{ id: 'a', text: 'Earlier tokens are ignored once the first layers have run' },
			{ id: 'b', text: 'Information is fetched early, then worked on at the last token' },
			{ id: 'c', text: 'Pruning removes late layers for every token except the last' },
			{ id: 'd', text: 'The model plans each answer on the first token of the prompt' }
		],
		answer: 'b',
		explanation:
			'Attention often does its work early: information from earlier tokens is brought over in the early layers, and most of the computation for the next token then happens at its own position. Earlier tokens are not ignored; their content arrives early. The shape is what pruning leaves, not a rule that pruning imposes, and it holds often but not always.',
		sources: {
			paper: ['13'],
			evidence: [
				{
					section: '13',
					text: 'much of the computation relevant to the completion at a given token position takes place in that token position, after “fetching” information from prior tokens in earlier layers'
				}
			]
		}
	},
	{
		id: 'limitations-hypothesis-generation',
		topic: 'limitations',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The authors grant that, once there is a hypothesis about a mechanism, it may be testable with simpler tools such as linear probes, and argue that the hard part their bottom-up method helps with is coming up with the hypothesis.',
		answer: true,
		explanation:
			'§15.3 makes this case: once there is a guess, probing may be enough to check it, but the right guess is often hard to make, as with planning in poems or the hidden goal being represented all the time. A tool that shows mechanisms without a prior guess helps most at that step. The authors also call top-down approaches complementary, not obsolete.',
		sources: {
			paper: ['15.3'],
			evidence: [
				{
					section: '15.3',
					text: 'Once you have a hypothesis about how the model works, it may be possible to test it with simpler tools, such as linear probing.'
				},
				{
					section: '15.3',
					text: 'we expect that the hypothesis generation step will often be the most difficult'
				}
			]
		}
	},
	{
		id: 'limitations-multiple-choice-attention',
		topic: 'limitations',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The model answers a multiple-choice question correctly with "B". What can an attribution graph tell you about that decision?',
		options: [
			{ id: 'a', text: 'It attends back to option B, but not why it chose to' },
			{ id: 'b', text: 'Every step of how it weighed each option against the rest' },
			{ id: 'c', text: 'Nothing at all, since the output is a single letter' },
			{ id: 'd', text: 'Why it chose B, but not which tokens it attended to' }
		],
		answer: 'a',
		explanation:
			'This is the paper’s own example of missing attention circuits: the graph shows the model attending to the tokens of option B, but how attention was steered there, which is where the decision lies, is computed in the QK circuits the graphs leave out. A single-token answer is not the problem; single output tokens are exactly what graphs are built for.',
		sources: {
			paper: ['14.1'],
			evidence: [
				{
					section: '14.1',
					text: 'we can see that the model attends back to the tokens corresponding to the “B” option, but not why it does so'
				}
			]
		}
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
			'Episode: a "comprehensive framework" for understanding AI reasoning. Which kinds of case does §14 say the method fails on?',
		back: 'Reasoning with no single crux token; prompts beyond about a hundred tokens; long internal reasoning chains; obscure entities or obfuscated wording; "why does it not do X?"; completions that copy an earlier word.',
		explanation:
			'A framework with this many named blind spots is not comprehensive, and the authors say so: graphs gave satisfying insight on only about a quarter of prompts tried. The list is also practical, telling you in advance which studies are unlikely to work.',
		sources: {
			paper: ['14.1', '1.1'],
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			evidence: [
				{
					section: '14.1',
					text: 'In practice, our methods fail to provide insight in the following cases'
				},
				{
					section: '1.1',
					text: 'our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		}
	},
	{
		id: 'limitations-card-toolkit-contrast',
		topic: 'limitations',
		kind: 'contrast',
		claim: 'C35',
		difficulty: 'mechanism',
		front:
			'Episode: a toolkit to evaluate AI systems holistically. What does the human effort needed to read one attribution graph say about that?',
		back: 'Each graph explains one output token of one short prompt, and a graph ten times the size of the pruned, labelled ones shown, with no labels, can take a researcher over an hour to understand (§14.1). A microscope for single cases, not a system-wide evaluation.',
		explanation:
			'The tooling is real, including an interactive graph interface, and when the method works it is quick: to a trained eye, key mechanisms can show up in minutes and the overall picture within 1–2 hours (§15.3.2). But that is for one token of one short prompt, and the authors warn against exaggerating the method’s readiness for safety audits (§15.2).',
		sources: {
			paper: ['14.1', '15.3.2', '15.2'],
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			},
			evidence: [
				{
					section: '14.1',
					text: 'Now consider the difficulty of understanding one of these graphs at ten times the size, without any labels!  This is a slow manual process that can take over an hour'
				},
				{
					section: '14.1',
					text: 'Our methods produce an attribution graph for a single output token at a time.'
				}
			]
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
		back: 'The effort of reading graphs: a full-size graph without labels can take a researcher over an hour, and grouping features into supernodes by hand is subjective (§14). Its "Interpretability is ultimately a human project" is a point about interfaces for researchers (§15).',
		explanation:
			'The paper\'s "human project" line is about making its tools understandable to the people who use them, not about bringing ethicists or linguists on board. No call for collaboration across disciplines appears anywhere in it.',
		sources: {
			paper: ['14.1', '15.2'],
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			},
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models'
				},
				{
					section: '14.1',
					text: 'the manual step is labor-intensive, subjective, and likely loses information'
				}
			]
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
		sources: {
			paper: ['13', '3'],
			evidence: [
				{
					section: '13',
					text: 'A source node often influences a target node via multiple different paths, often of different lengths.'
				},
				{
					section: '13',
					text: 'there also exist direct positive connections from “Dallas” features to “Austin” features'
				}
			]
		}
	},
	{
		id: 'limitations-card-multifaceted',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Common component: “context-dependent roles of multifaceted features”. What does that mean?',
		back: 'A feature often stands for a specific conjunction of concepts, and which facet matters depends on the prompt: a Texas feature that also covers law and government acts just as “Texas” in the Dallas → Austin prompt.',
		explanation:
			'The feature keeps one meaning, but different facets of it do the work in different contexts. This is related to feature splitting, which the limitations section counts as features at the wrong level of abstraction.',
		sources: {
			paper: ['13'],
			evidence: [
				{
					section: '13',
					text: 'one of the Texas-related features we identified activates on prompts relating to law/government in the state of Texas'
				},
				{
					section: '13',
					text: 'different facets of its meaning may be relevant to its functional role in different contexts'
				}
			]
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
		sources: {
			paper: ['14', '1.1'],
			evidence: [
				{
					section: '14',
					text: "Our results are only claims about specific examples. We don't make claims about mechanisms more broadly."
				},
				{
					section: '1.1',
					text: 'These examples serve as existence proofs — concrete evidence that specific mechanisms operate in certain contexts.'
				}
			]
		}
	},
	{
		id: 'limitations-card-alphabets',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Claude 3.5 Haiku shares more language-independent features across translations than a smaller model does, most of all for pairs with different alphabets. What does the paper take this to suggest?',
		back: 'That shared, language-independent representations like these go hand in hand with model capability (§15.1).',
		explanation:
			'It is offered as a suggestion from comparing two models, not a measured law. The discussion sets it beside the addition features reused in very different contexts, an abstraction that seems to have emerged with scale. The episode’s “universal translator” fits the shared middle layers, but the first and last layers stay language-specific (§5.5).',
		sources: {
			paper: ['5.5', '15.1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			evidence: [
				{
					section: '5.5',
					text: 'displays an especially notable generalization improvement for language pairs that do not share an alphabet'
				},
				{
					section: '15.1',
					text: 'the prevalence of these language-agnostic representations is higher in Claude 3.5 Haiku than in a smaller, less capable model, suggesting that such general representations are linked to model capabilities'
				}
			]
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
			'The sentence holds both halves on purpose, and the authors call understanding this intelligence a profound scientific challenge. When the episode links the model’s arithmetic to abstraction “we typically associate with human-like reasoning”, it keeps only the first half.',
		sources: {
			paper: ['15.4'],
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			},
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
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
		sources: {
			paper: ['15.3.1'],
			evidence: [
				{
					section: '15.3.1',
					text: 'We began our poetry analysis looking for evidence of the improvisation strategy, and did not conjecture that we would find planning features until we saw them'
				}
			]
		}
	},
	{
		id: 'limitations-card-complexity',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What do the authors call the most consistent finding of all their investigations?',
		back: 'The “massive complexity” under its responses even to simple prompts: a mechanism nearly always holds more than any account of it.',
		explanation:
			'This is why the graphs in the paper are pruned, labelled and grouped into supernodes, and why the authors present each case study as a simplification. A tidy diagram is a distillation, not the whole mechanism.',
		sources: {
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				}
			]
		}
	},
	{
		id: 'limitations-card-global-circuits',
		topic: 'limitations',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'The CLT gives weights between every pair of features. Why do most of the case studies still rely on one prompt at a time?',
		back: 'The global circuits built from those weights have proved harder to make sense of than prompt-specific attribution graphs.',
		explanation:
			'In principle the global weights say how features connect on any input, which is what a whole-model understanding needs. In practice the authors find prompt-specific graphs easier to read, so most case studies trace single prompts. §9.2 is the exception: it follows the global weights up and down from a harmful-request feature, then checks the result on graphs for 200 harmful prompts.',
		sources: {
			paper: ['14.1', '9.2'],
			evidence: [
				{
					section: '14.1',
					text: 'we have found the resulting global circuits more challenging to make sense of than prompt-specific attribution graphs'
				},
				{
					section: '9.2',
					text: 'A major advantage of our cross-layer transcoder methodology is that it provides access to a set of global weights'
				}
			]
		}
	}
];
