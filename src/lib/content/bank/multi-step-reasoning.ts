import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	// ── single choice ──────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-episode-findings',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Early in its introduction, asked what the researchers discovered, the episode names two behaviours in a single sentence. Which pair is it?',
		options: [
			{ id: 'a', text: 'Planning ahead in poetry and adding two-digit numbers' },
			{ id: 'b', text: 'Multi-step reasoning and sharing concepts across languages' },
			{ id: 'c', text: 'Multi-step reasoning and planning ahead in poetry' },
			{ id: 'd', text: 'Sharing concepts across languages and adding two-digit numbers' }
		],
		answer: 'c',
		explanation:
			'Asked what insights the researchers found, the hosts first name multi-step reasoning and planning ahead when writing poetry, and the paper does open its list of case studies with exactly these two; its multi-step example is the question about the capital of the state containing Dallas, answered through an internal "Texas" step. Language-agnostic concepts and two-digit addition are discussed too, but later, at the start of the episode’s second part, where they come up one after the other; each wrong option pairs one of those with a right half, or pairs the two of them. Only a listener who remembers the opening answer can pick the pair apart.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning or plans ahead when generating poetry.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head”'
				},
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-two-sacramentos',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'"Sacramento" turns up in two different §3 experiments on the Dallas prompt. Which statement describes them correctly?',
		options: [
			{
				id: 'a',
				text: 'Inhibiting Dallas makes Sacramento the clear answer; the California swap spreads the answer over many capitals'
			},
			{
				id: 'b',
				text: 'The California swap makes Sacramento the answer; inhibiting Dallas gives it as one of several state capitals'
			},
			{
				id: 'c',
				text: 'Both experiments make Sacramento the clear answer, because both remove the Texas features'
			},
			{
				id: 'd',
				text: 'Neither moves the answer off Austin, because the shortcut edge keeps it in place'
			}
		],
		answer: 'b',
		explanation:
			'Swapping in California features (taken from an Oakland prompt) tells the model which state to use, so it names that state’s capital: about 97% in Figure 9. Inhibiting the Dallas features only removes the city; the request for a state capital survives without a state to apply it to, so probability spreads over several capitals, with Albany and Sacramento each near a third.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3.2',
					text: 'In response to these perturbations, the model outputs “Sacramento” (the capital of California)'
				},
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-shortcut-route',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			'The paper finds a direct shortcut edge from Dallas to "say Austin" running alongside the genuine two-step path, and §13 lists such convergent paths among the circuit patterns it often sees. "Capital" feeds "say a capital" features, not Texas, and a forward pass has no edges running back from the output.',
		sources: {
			paper: ['3', '13'],
			evidence: [
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				},
				{
					section: '13',
					text: 'there also exist direct positive connections from “Dallas” features to “Austin” features'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-leftover-austin',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Suppose you inhibit only the Texas features on the Dallas prompt. Which part of the §3 graph would still give the word "Dallas" a route to "say Austin"?',
		options: [
			{ id: 'a', text: '"Say a capital" features, activated by the word "capital"' },
			{ id: 'b', text: 'The direct shortcut edge from Dallas to "say Austin"' },
			{ id: 'c', text: 'Feedback from the output "Austin" into the Texas features' },
			{ id: 'd', text: 'Texas features rebuilt from the word "capital"' }
		],
		answer: 'b',
		explanation:
			'Beside the two-step path, the graph draws a shortcut edge straight from Dallas to "say Austin", so blocking the Texas step would not cut every route from the city to the answer. That is a prediction read off the graph: §3.1 reports what happens when Dallas, "capital" or "say a capital" is inhibited, not Texas alone. "Say a capital" features are driven by the word "capital" and carry nothing about Dallas; in the graph they push toward Austin together with the Texas features, directly and through "say Austin". Inhibiting "capital" leaves Texas largely unchanged, so the word does not rebuild Texas, and a forward pass has no edges running back from the output into earlier features.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-why-stronger-injection',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Swapping Texas for British Columbia, China or the Byzantine Empire needed a stronger injection than swapping in Georgia or California. What reading does the paper suggest?',
		options: [
			{
				id: 'a',
				text: 'The model keeps no features for regions outside the United States'
			},
			{
				id: 'b',
				text: 'The shortcut edge from Dallas had to be overpowered first in those cases'
			},
			{
				id: 'c',
				text: 'Those capitals are rarer in the training data than US state capitals'
			},
			{
				id: 'd',
				text: 'Features for a region that is not a US state may fit the circuit less naturally'
			}
		],
		answer: 'd',
		explanation:
			'The prompt asks about "the state containing Dallas", so the circuit it sets up expects a US state; features for a province, a country or an empire may "fit" that circuit less well, so they need a bigger push (+8× in Figure 9, against +2× for Georgia and California). The swaps did work, so the features exist, and the paper says nothing about the shortcut or training-data frequency here.',
		sources: {
			paper: ['3.2'],
			evidence: [
				{
					section: '3.2',
					text: 'these correspond to cases where the features being injected do not correspond to a U.S. state'
				},
				{
					section: '3.2',
					text: 'suggesting that these features may “fit” less naturally into the circuit mechanisms active in the original prompt'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-graph-simplified',
		topic: 'multi-step-reasoning',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'How does the paper itself qualify its Dallas → Texas → Austin diagram?',
		options: [
			{ id: 'a', text: 'It stresses that the graph simplifies the true mechanisms considerably' },
			{
				id: 'b',
				text: 'It warns that the shortcut edge may be an artefact of the replacement model'
			},
			{
				id: 'c',
				text: 'It cautions that its feature labels were assigned automatically and may be wrong'
			},
			{ id: 'd', text: 'It cautions that the Texas step was seen in the replacement model only' }
		],
		answer: 'a',
		explanation:
			'The authors stress that the graph "simplifies the true mechanisms considerably" and point readers to the fuller interactive graph. The other caveats sound like things a careful paper might say, but this one does not: it treats the shortcut as real, coexisting with the two-step path; the authors labelled and grouped the features themselves, from each feature’s visualization; and the inhibition and swap experiments were run on the original model precisely to check that the replacement model’s Texas step is representative of it.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'We stress that this graph simplifies the true mechanisms considerably, and encourage the reader to interact with the more comprehensive visualization'
				},
				{
					section: '3.1',
					text: 'To validate that these mechanisms are representative of the actual model, we performed intervention experiments on the feature groups above'
				}
			]
		}
	},

	// ── multi-select ───────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-reported-swaps',
		topic: 'multi-step-reasoning',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which of these swaps (features put in place of Texas → the model’s new answer) does the paper report?',
		options: [
			{ id: 'a', text: 'New York → Albany' },
			{ id: 'b', text: 'British Columbia → Victoria' },
			{ id: 'c', text: 'France → Paris' },
			{ id: 'd', text: 'Byzantine Empire → Constantinople' },
			{ id: 'e', text: 'Ontario → Toronto' },
			{ id: 'f', text: 'Florida → Tallahassee' }
		],
		answers: ['b', 'd'],
		explanation:
			'The swapped-in regions were a US state (California, Georgia), a Canadian province (British Columbia), a country (China) and an ancient empire (the Byzantine Empire), and each time the answer moved to that region’s capital. Every option here pairs a region with its real capital, so only memory of the paper separates them. Albany is the tempting one: it appears in a different experiment, as one of the capitals named when the Dallas features are inhibited.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3.2',
					text: 'Swapping these for the “Texas” features causes the model to output “Victoria” (the capital of British Columbia)'
				},
				{
					section: '3.2',
					text: 'Swapping these for the “Texas” features causes the model to output “Constantinople” (the capital of the ancient Byzantine Empire)'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-skeptic',
		topic: 'multi-step-reasoning',
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A skeptic says the model simply memorized "Dallas → Austin" as one fact. Which of the findings the paper reports count against that being the whole story?',
		options: [
			{ id: 'a', text: 'Texas features are active between "Dallas" and the answer' },
			{ id: 'b', text: 'Swapping Texas for California features yields Sacramento' },
			{ id: 'c', text: 'A direct edge runs from Dallas to "say Austin"' },
			{ id: 'd', text: 'Swapping in Georgia features yields Atlanta' },
			{ id: 'e', text: 'Dallas features are active on the "Dallas" token' },
			{ id: 'f', text: 'Inhibiting the Texas features moves the answer to other capitals' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'An active Texas step, and swaps that move the answer to the swapped-in state’s capital, show that the answer is computed through the state. The direct Dallas → "say Austin" edge is exactly the kind of shortcut the skeptic has in mind, which is why the paper says genuine two-step reasoning coexists with shortcut reasoning. Dallas features on the word "Dallas" are reported too, but a memorized lookup would need them just as much, so they settle nothing. The last would count against the skeptic if it were true, but it is not what the paper reports: it reports the answer spreading over other state capitals when Dallas is inhibited, not Texas.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'it’s actually connecting dots like a detective in a mystery novel'
			},
			paper: ['3', '3.1', '3.2'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				},
				{
					section: '3.2',
					text: 'Swapping these for the “Texas” features causes the model to output “Victoria” (the capital of British Columbia)'
				}
			]
		}
	},

	// ── true / false ───────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-tf-written-chain',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper describes its multi-step reasoning example (Dallas → Texas → Austin) the way the episode describes multi-step reasoning: the model "builds a chain of thoughts, almost like a conversation you might have with a friend".',
		answer: false,
		misconception: 'C27',
		explanation:
			'The paper’s picture is quieter than a conversation: the two steps happen "in its head", inside a single forward pass, as Dallas activates Texas features that combine with "say a capital" to give Austin. Nothing is written out and nothing goes back and forth. The episode’s image fits written chain-of-thought better, which is a different thing and one the paper shows can be unfaithful (§11).',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['1', '3'],
			evidence: [
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head”'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-tf-single-memory',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says that in multi-step reasoning "the model doesn’t just pull from a single memory or response". For the Dallas example, the paper agrees that the answer is not only a memorised completion.',
		answer: true,
		explanation:
			'This half of the episode’s claim holds: the paper finds a genuine internal Texas step that can be swapped to change the answer. It also finds a shortcut running alongside, so memory-like shortcuts are part of the picture, just not all of it. Where the episode goes wrong is the next sentence, which turns the steps into a conversation-like chain of thoughts.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response.'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-tf-coexist',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'On the Dallas prompt, the paper finds that the model uses either genuine two-step reasoning or a memorised shortcut, and its evidence points to just one of them.',
		answer: false,
		explanation:
			'The paper finds both at once: a two-step path (Dallas → Texas, then Texas + "say a capital" → Austin) and a direct shortcut edge from Dallas to "say Austin", in its words two-step reasoning that "coexists alongside" shortcut reasoning. §13 counts such convergent paths among the patterns it sees again and again.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s also exciting to see how these models can perform multi-step reasoning and even plan ahead in creative tasks like poetry'
			},
			paper: ['3', '13'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				},
				{
					section: '13',
					text: 'there also exist direct positive connections from “Dallas” features to “Austin” features'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-tf-no-visible-steps',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The internal "Texas" step in §3 was traced on a prompt that first had the model write out its reasoning step by step before giving the capital.',
		answer: false,
		explanation:
			'The prompt was a bare sentence to complete, "Fact: the capital of the state containing Dallas is", and the model went straight to "Austin" without writing "Texas" anywhere. The Texas features were found inside that single forward pass, and swapping them changes the answer, so the step happens "in its head" even though it never appears in the text. Written chain-of-thought is a separate subject, taken up in §11.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It considers several aspects before arriving at a conclusion.'
			},
			paper: ['1', '3'],
			evidence: [
				{
					section: '3',
					text: 'consider the prompt Fact: the capital of the state containing Dallas is, which Claude 3.5 Haiku successfully completes with Austin'
				},
				{
					section: '1',
					text: 'We can see and manipulate an internal step where the model represents “Texas”'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-tf-province-strength',
		topic: 'multi-step-reasoning',
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'Going by the paper’s experience, swapping in features for a region that is not a US state may need a stronger injection than a US-state swap to take effect.',
		answer: true,
		explanation:
			'In the paper, the swaps that needed a larger injection (British Columbia, China, the Byzantine Empire) were exactly the ones that were not US states, which the authors read as those features fitting less naturally into a circuit set up by a question about a state. A new region of that kind could well need the same extra push, though only an experiment would tell.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3.2',
					text: 'Note that in some cases the magnitude of the feature injection required to change the model’s output is larger'
				},
				{
					section: '3.2',
					text: 'these correspond to cases where the features being injected do not correspond to a U.S. state'
				}
			]
		}
	},

	// ── typed ─────────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-typed-supernode',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The paper groups several features that each touch on Texas, or on the idea of a capital, into one node of its diagram, by hand. What does it call such a group (one word)?',
		accepted: ['supernode', 'supernodes', 'super node', 'super-node'],
		explanation:
			'Individual features often carry narrower or mixed meanings, such as one Texas feature tied to law and government in Texas, so the authors group those that play the same role in the prompt into a supernode. The grouping is a manual, subjective step, which is one reason the diagrams are simplifications.',
		sources: {
			paper: ['3', '14'],
			evidence: [
				{
					section: '3',
					text: 'Therefore, we group them (and a few others) together into the same “supernode.”'
				},
				{
					section: '14.1',
					text: 'the manual step is labor-intensive, subjective, and likely loses information'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-typed-say-capital',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The word "capital" activates a group of features that combine with Texas to push the answer to Austin. What are they called (three words)?',
		accepted: ['say a capital', 'say capital', 'say a capital features'],
		explanation:
			'"Say a capital" features carry what kind of answer is wanted, while Texas carries which state; only together do they point to Austin. Inhibiting them gives completions that are not capitals at all.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'We group all these features into a “say a capital” supernode'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-typed-swap-target',
		topic: 'multi-step-reasoning',
		type: 'typed',
		difficulty: 'transfer',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Without changing the Dallas prompt, you want the model to answer "Sacramento". Which group of features in the graph would you replace with California features?',
		accepted: [
			'Texas',
			'Texas features',
			'the Texas supernode',
			'the Texas cluster',
			'Texas feature cluster',
			'Texas feature group',
			'Texas group',
			'Texas node'
		],
		explanation:
			'The answer is computed from the intermediate state, so replacing the Texas features with California ones redirects it; the paper did exactly this, inhibiting Texas and injecting California features from an Oakland prompt. Merely inhibiting the Dallas features is no substitute: it spreads probability over several state capitals instead of picking California’s.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3.2',
					text: 'swap “Texas” for “California” by inhibiting the activations of the Texas cluster and activating the California features identified from the “Oakland” prompt'
				}
			]
		}
	},

	// ── cloze ─────────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-cloze-chain',
		topic: 'multi-step-reasoning',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: '"Dallas" activates {{1}} features, "capital" activates "{{2}}" features, and together they promote the answer {{3}}.',
		gaps: [['Texas'], ['say a capital', 'say capital'], ['Austin']],
		explanation:
			'One input supplies the state, the other the kind of answer wanted, and the answer needs both: that is the two-step path. They push "Austin" both directly and through "say Austin" features.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, what about the multi-step reasoning they mentioned earlier? How does that work?'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'The Dallas features (with some contribution from state features) activate a group of features that represent concepts related to the state of Texas'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-cloze-inhibit-effects',
		topic: 'multi-step-reasoning',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: 'Inhibiting the Dallas features weakens the {{1}} features and those downstream of them, but leaves the "{{2}}" features largely unaffected, so the model goes on to name other {{3}}.',
		gaps: [
			['Texas'],
			['say a capital', 'say capital'],
			['state capitals', 'capitals', 'capital cities', 'state capital']
		],
		explanation:
			'Removing the city removes the route to the state, but the request for a capital comes from the word "capital" and survives, so the model still names capitals, just not Austin. That the effect lands where the graph predicts, on Texas and not on "say a capital", is what makes the inhibition a check on the graph.',
		sources: {
			paper: ['3.1'],
			evidence: [
				{
					section: '3.1',
					text: 'inhibiting “Dallas” features decreases the activation of “Texas” features (and features downstream of “Texas,” like “Say Austin”) but leaves “say a capital” features largely unaffected'
				},
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals'
				}
			]
		}
	},

	// ── ordering ──────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-order-chain',
		topic: 'multi-step-reasoning',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'The Dallas features (with some contribution from state features) activate a group of features that represent concepts related to the state of Texas'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-order-new-test',
		topic: 'multi-step-reasoning',
		type: 'ordering',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'You want to check, as §3 did, whether the model uses an intermediate step for "the capital of the country containing Lyon". Put the steps in order.',
		items: [
			{ id: 'a', text: 'Trace an attribution graph for the answer token' },
			{ id: 'b', text: 'Group related features into supernodes, such as a country node' },
			{ id: 'c', text: 'Swap that node for another country’s features in the original model' },
			{ id: 'd', text: 'Check whether the answer moves to the new country’s capital' }
		],
		explanation:
			'The paper reads hypotheses off the graph, groups features by hand into supernodes, and then tests them by intervening in the real model. For the swap it needs the other country’s features first, so it runs the same analysis on an analogous prompt (Oakland gave California features; Shanghai gave China features), then inhibits the original state node and injects the new one. The decisive evidence is the output changing as the intermediate predicts.',
		sources: {
			paper: ['3', '2'],
			evidence: [
				{
					section: '3',
					text: 'First, we examine the features’ visualizations to interpret them, and group them into categories (“supernodes”)'
				},
				{
					section: '3.2',
					text: 'An analogous prompt about the country containing Shanghai activates “China” features. Swapping these for the “Texas” features causes the model to output “Beijing”'
				}
			]
		}
	},

	// ── matching ──────────────────────────────────────────────────────────────
	{
		id: 'multi-step-reasoning-match-interventions',
		topic: 'multi-step-reasoning',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Match each intervention on the Dallas prompt with its reported outcome.',
		pairs: [
			{
				id: 'a',
				left: 'Inhibit the "Dallas" features',
				right: 'Other state capitals are named'
			},
			{
				id: 'b',
				left: 'Inhibit the "say a capital" features',
				right: 'Completions that are not capitals'
			},
			{
				id: 'c',
				left: 'Inhibit the "capital" features',
				right: 'The "say a capital" features it feeds weaken; Texas barely changes'
			},
			{
				id: 'd',
				left: 'Swap Texas for another region’s features',
				right: 'That region’s capital is named'
			}
		],
		explanation:
			'Inhibitions remove one part of the computation, and the answer degrades in a telling way: without the city the model still wants a capital, and without the capital request it no longer gives one. Swaps replace the intermediate, and the answer follows it. Each outcome is what the graph predicts, which is why the paper counts them as validation.',
		sources: {
			paper: ['3.1', '3.2'],
			evidence: [
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals, while inhibiting the “say a capital” cluster causes it to output non-capital completions'
				},
				{
					section: '3.1',
					text: 'Likewise, inhibiting “capital” features decreases the activation of “say a capital” features (and those downstream, like “say Austin”) while leaving “Texas” features largely unchanged'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-match-what-it-shows',
		topic: 'multi-step-reasoning',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
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
		sources: {
			paper: ['3', '3.1', '3.2'],
			evidence: [
				{
					section: '3.2',
					text: 'If the model’s completion truly is mediated by an intermediate “Texas” step, we should be able to change its output to a different state capital'
				},
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals, while inhibiting the “say a capital” cluster causes it to output non-capital completions'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'multi-step-reasoning-card-prompt',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Which prompt does the paper use for its introductory multi-step reasoning example (§3), and how does Claude 3.5 Haiku complete it?',
		back: '"Fact: the capital of the state containing Dallas is" → "Austin"',
		explanation:
			'Answering needs two facts chained: Dallas is in Texas, and Texas’s capital is Austin. The paper uses it to show reasoning happening inside one forward pass.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'Let’s consider the prompt Fact: the capital of the state containing Dallas is, which Claude 3.5 Haiku successfully completes with Austin'
				}
			]
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
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'The Dallas features (with some contribution from state features) activate a group of features that represent concepts related to the state of Texas'
				},
				{
					section: '3',
					text: 'The Texas features and the say a capital features jointly upweight the probability of the model saying Austin'
				}
			]
		}
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
		sources: {
			paper: ['3', '13'],
			evidence: [
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-in-its-head',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the Dallas → Austin example, does Claude 3.5 Haiku write out its intermediate step (Texas), or does that step happen internally?',
		back: 'Internally, “in its head”: the Texas step happens during the forward pass, with no written chain-of-thought.',
		explanation:
			'The model answers “Austin” straight away, so the step through Texas never appears in its output text; it shows up only in the internal features the attribution graph traces. The introduction counts such silent intermediate steps among its headline findings, as something Haiku routinely does.',
		sources: {
			paper: ['1', '3'],
			evidence: [
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head”'
				},
				{
					section: '1',
					text: 'That is, during the forward pass rather than the "thinking out loud" of a chain-of-thought completion.'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-california',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In the Dallas prompt, what does Claude 3.5 Haiku answer when its Texas features are replaced by California features taken from an Oakland prompt?',
		back: 'The model answers Sacramento, the capital of the swapped-in state',
		explanation:
			'The answer follows the swapped-in state (Figure 9 shows Sacramento at about 97%), so the Texas step is causally used. The same pattern held for Georgia → Atlanta, British Columbia → Victoria, China → Beijing and the Byzantine Empire → Constantinople.',
		sources: {
			paper: ['3.2'],
			evidence: [
				{
					section: '3.2',
					text: 'In response to these perturbations, the model outputs “Sacramento” (the capital of California)'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-inhibit-dallas',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Inhibit the Dallas features: what happens inside, and what does the model say?',
		back: 'Texas and "say Austin" weaken, "say a capital" is largely unaffected, and the model names other state capitals',
		explanation:
			'Removing the city removes the route to Texas, but the request for a capital stays, so probability spreads over several capitals (Albany and Sacramento lead in Figure 7). Do not confuse this with the California swap, which makes Sacramento the clear answer.',
		sources: {
			paper: ['3.1'],
			evidence: [
				{
					section: '3.1',
					text: 'inhibiting “Dallas” features decreases the activation of “Texas” features (and features downstream of “Texas,” like “Say Austin”) but leaves “say a capital” features largely unaffected'
				},
				{
					section: '3.1',
					text: 'inhibiting the “Dallas” cluster causes the model to output other state capitals'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-say-capital',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the Dallas prompt, what does Claude 3.5 Haiku output when its “say a capital” features are inhibited?',
		back: 'The model gives completions that are not capitals',
		explanation:
			'These features carry what kind of answer is wanted, separately from which state. Without them the model no longer aims at a capital city.',
		sources: {
			paper: ['3.1'],
			evidence: [
				{
					section: '3.1',
					text: 'inhibiting the “say a capital” cluster causes it to output non-capital completions'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-contrast-chain',
		topic: 'multi-step-reasoning',
		kind: 'contrast',
		claim: 'C27',
		difficulty: 'mechanism',
		front:
			'Episode: the model "builds a chain of thoughts, almost like a conversation". If nothing is written out, what experiment shows the hidden Texas step is real?',
		back: 'Paper (§3): swapping the Texas features for California ones (from an Oakland prompt) turns "Austin" into "Sacramento", all inside one forward pass.',
		explanation:
			'A step the model never writes down can still be tested by changing it: the answer follows the swapped-in state, so the intermediate is causally used. That is a silent two-hop computation beside a direct shortcut, not a conversation-like chain of thoughts.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['1', '3.2'],
			evidence: [
				{
					section: '1',
					text: 'We can see and manipulate an internal step where the model represents “Texas”'
				},
				{
					section: '3.2',
					text: 'In response to these perturbations, the model outputs “Sacramento” (the capital of California)'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-what-swaps-prove',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What does a successful state swap show that the graph alone cannot?',
		back: 'Evidence that the intermediate features are causally used by the real model, not just present in the replacement model.',
		explanation:
			'Attribution graphs describe a replacement model and are hypotheses about the real one; interventions in the original model are the paper’s main check. A swap that moves the answer to the new state’s capital is strong evidence that the Texas step does real work, though the paper only says such results raise its confidence that a graph captures real, possibly incomplete, mechanisms.',
		sources: {
			paper: ['2', '3.2', '3.1'],
			evidence: [
				{
					section: '2',
					text: 'If the effects are consistent with what our attribution graph predicts, we gain confidence that the graph is capturing real (though potentially incomplete) mechanisms within the model'
				},
				{
					section: '3.2',
					text: 'If the model’s completion truly is mediated by an intermediate “Texas” step, we should be able to change its output to a different state capital'
				}
			]
		}
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
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-no-visible-steps',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A model answers a two-hop question with no visible reasoning. Does that mean it skipped the middle step?',
		back: 'Not necessarily. In the paper’s Dallas example (§3) the middle step, Texas, is represented internally, alongside a direct Dallas → Austin shortcut; swapping the Texas features for California makes it answer Sacramento. That is shown for this example, not for every two-hop answer.',
		explanation:
			'Whether reasoning is written out and whether it happens are separate questions. The paper shows a step happening silently inside the forward pass, and interventions confirm it matters; but it also finds a shortcut working in parallel, so an unseen answer may rest partly on each.',
		sources: {
			paper: ['1', '3', '3.2'],
			evidence: [
				{
					section: '1',
					text: 'We can see and manipulate an internal step where the model represents “Texas”'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-simplified',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'How complete is the Dallas → Texas → Austin diagram, by the paper’s own account?',
		back: 'Far from complete: the authors stress it simplifies the true mechanisms considerably',
		explanation:
			'The diagram keeps the few supernodes and edges that carry the story and drops much of the full graph, which readers can explore interactively. Interventions show the kept parts matter; they do not show nothing else does.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'We stress that this graph simplifies the true mechanisms considerably, and encourage the reader to interact with the more comprehensive visualization'
				}
			]
		}
	},
	{
		id: 'multi-step-reasoning-card-stronger-injection',
		topic: 'multi-step-reasoning',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Why did the swaps to British Columbia, China and the Byzantine Empire need a stronger injection?',
		back: 'They are not US states, and their features may "fit" less naturally into the circuit the Dallas prompt sets up',
		explanation:
			'The prompt asks about a state, so features for a province, a country or an empire are a looser match to the circuit, and the authors needed a bigger push (+8× rather than +2× in Figure 9). The swaps still worked, so the features exist and are used.',
		sources: {
			paper: ['3.2'],
			evidence: [
				{
					section: '3.2',
					text: 'these correspond to cases where the features being injected do not correspond to a U.S. state'
				},
				{
					section: '3.2',
					text: 'suggesting that these features may “fit” less naturally into the circuit mechanisms active in the original prompt'
				}
			]
		}
	}
];
